/** Browser tests: the built app (dist/) on a real PostgreSQL, driven in Debian's Chromium. */
module.exports = {
  displayName: 'e2e',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.e2e.ts'],
  transform: {
    '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } }],
  },
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  globalSetup: '<rootDir>/src/global-setup.mjs',
  globalTeardown: '<rootDir>/src/global-teardown.mjs',
  testTimeout: 60000,
  // Two files at once, each worker on its own app and database (global-setup.mjs): the browser
  // waits on the app and the app on the browser, so two share CI's two cores well.
  maxWorkers: 2,
};
