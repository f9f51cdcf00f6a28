// Lint rules of the web app. Run from the workspace root: `eslint -c apps/web/eslint.config.mjs apps/web`.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const KEBAB_CASE = /^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+)*$/;

/** House rules without extra plugins: kebab-case file names, no barrel files inside features. */
const local = {
  rules: {
    'file-naming': {
      meta: { type: 'suggestion', schema: [], messages: {
        kebab: 'File names are kebab-case ("{{name}}").',
        barrel: 'No barrel files inside features: import from the file that defines the thing.',
      } },
      create(context) {
        return {
          Program(node) {
            const path = context.filename.replaceAll('\\', '/');
            const name = path.split('/').pop() ?? '';
            if (!KEBAB_CASE.test(name)) context.report({ node, messageId: 'kebab', data: { name } });
            if (/\/src\/features\/.+\/index\.tsx?$/.test(path)) context.report({ node, messageId: 'barrel' });
          },
        };
      },
    },
  },
};

/** Dependency direction (bulletproof-react): shared code → features → app; never feature → feature. */
// Every folder under src/features, so a new feature is held to the rule without being listed.
const FEATURES = readdirSync(new URL('./src/features/', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const noAppImports = { group: ['@/app', '@/app/*'], message: 'Only src/app may import from src/app.' };
const noFeatureImports = {
  group: ['@/features/*'],
  message: 'Shared code (components, lib, config) must not depend on a feature; pass data in as props.',
};

export default tseslint.config(
  // The lint fixtures break the rules on purpose; lint-rules.spec.ts lints them without this ignore.
  { ignores: ['**/dist/**', '**/node_modules/**', '**/*.cjs', 'apps/web/src/testing/lint-fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mts,mjs}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { local, 'import-x': importX },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      // Resolves the `@/` alias the way tsc and Vite do, so a cycle through an aliased import is seen.
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: fileURLToPath(new URL('./tsconfig.app.json', import.meta.url)) })],
    },
    rules: {
      'local/file-naming': 'error',
      // In a cycle the load order decides which imported binding is still undefined when it is first used.
      'import-x/no-cycle': ['error', { ignoreExternal: true, allowUnsafeDynamicCyclicDependency: false }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { patterns: [noAppImports] }],
    },
  },
  {
    files: ['src/components/**', 'src/lib/**', 'src/config/**', 'src/locales/**'].map((glob) => `apps/web/${glob}`),
    rules: { 'no-restricted-imports': ['error', { patterns: [noAppImports, noFeatureImports] }] },
  },
  ...FEATURES.map((feature) => ({
    files: [`apps/web/src/features/${feature}/**`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            noAppImports,
            {
              group: ['@/features/*', `!@/features/${feature}`],
              message: `A feature must not import another feature; compose them in src/app instead.`,
            },
          ],
        },
      ],
      // The same boundary on resolved paths, so a relative import ('../../reports/...') cannot slip past.
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: `apps/web/src/features/${feature}`,
              from: 'apps/web/src/features',
              except: [`./${feature}`],
              message: 'A feature must not import another feature; compose them in src/app instead.',
            },
          ],
        },
      ],
    },
  })),
  {
    files: ['apps/web/src/app/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['apps/web/src/testing/**', 'apps/web/**/*.spec.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.jest, ...globals.node } },
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['apps/web/scripts/**', 'apps/web/*.mts', 'apps/web/*.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },
);
