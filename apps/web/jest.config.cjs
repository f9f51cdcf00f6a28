/**
 * Web unit and component tests: jsdom, @swc/jest (TSX, automatic JSX runtime) emitting CommonJS.
 * The root package is `"type": "module"`, hence `.cjs`.
 */
const { availableParallelism } = require('node:os');

module.exports = {
  displayName: 'web',
  rootDir: __dirname,
  testEnvironment: '<rootDir>/src/testing/jsdom-environment.cjs',
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/src/**/*.spec.tsx'],
  setupFilesAfterEnv: ['<rootDir>/src/testing/setup-tests.ts'],
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', tsx: true },
          transform: { react: { runtime: 'automatic' } },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  moduleNameMapper: {
    '^@giao-ban/shared$': '<rootDir>/../../libs/shared/src/index.ts',
    '^@/(.*)$': '<rootDir>/src/$1',
    // The app imports antd's ES locale modules (tree-shakeable for Vite); jest wants CommonJS.
    '^antd/es/(.*)$': 'antd/lib/$1',
    '\\.(css|less|scss)$': '<rootDir>/src/testing/style-mock.cjs',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  // Whole-page renders of antd forms take 5–10 s on a busy 2-core machine; a timeout is not an assertion.
  testTimeout: 30000,
  // Rendering is all CPU in the workers while jest's own process waits: its default (cores − 1)
  // leaves one of CI's two cores idle.
  maxWorkers: Math.max(2, availableParallelism() - 1),
};
