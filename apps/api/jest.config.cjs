/**
 * Nest 12 is ESM-only, so the API's tests run in jest's native ESM mode
 * (NODE_OPTIONS=--experimental-vm-modules, set by the Nx test target).
 * decoratorMetadata must stay on: without it the ValidationPipe silently validates nothing.
 */
module.exports = {
  displayName: 'api',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2022',
        },
        module: { type: 'es6' },
      },
    ],
  },
  moduleNameMapper: {
    '^@giao-ban/shared$': '<rootDir>/../../libs/shared/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  globalSetup: '<rootDir>/test/global-setup.mjs',
  globalTeardown: '<rootDir>/test/global-teardown.mjs',
  testTimeout: 30000,
  // Each spec file has its own database on the run's one PostgreSQL (test/helpers/test-app.ts), so
  // files run side by side; two workers keep the timing-bound specs (database-down, hardening) far
  // inside their margins on a two-core machine.
  maxWorkers: 2,
};
