import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const features = ['articles', 'breaking', 'comments', 'header', 'notifications', 'vitals'];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-*',
      'coverage',
      'test-results',
      'playwright-report',
      'bench-results',
      'public/mockServiceWorker.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginQuery.configs['flat/recommended'],
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      // No user or API text reaches the page as HTML.
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Text is rendered as text, never as HTML.',
        },
        {
          selector: 'MemberExpression[property.name=/^(innerHTML|outerHTML)$/]',
          message: 'Text is rendered as text, never as HTML.',
        },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  { files: ['scripts/**/*.{js,mjs}'], languageOptions: { globals: globals.node } },
  // The service worker runs in its own global scope.
  { files: ['sw/**'], languageOptions: { globals: globals.serviceworker } },
  // Playwright fixtures take a `use` callback that is not React's hook.
  { files: ['tests/e2e/**'], rules: { 'react-hooks/rules-of-hooks': 'off' } },
  { files: ['src/**/*.tsx'], ...jsxA11y.flatConfigs.strict },
  {
    // The layers, checked on every import, relative ones included (paths resolved as TypeScript
    // does): what may import what. A zone forbids imports into `target` from `from`.
    files: ['src/**/*.{ts,tsx}', 'server/**/*.ts', 'mocks/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver({ project: 'tsconfig.json' })] },
    rules: {
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './src',
              from: ['./mocks', './tests', './server'],
              message:
                'src/ never imports mocks/, tests/ or the server (src/entry-client.tsx alone loads the mocks).',
            },
            {
              target: ['./src/api', './src/lib', './src/components', './src/hooks', './src/i18n'],
              from: ['./src/features', './src/app', './src/entry-client.tsx', './src/entry-server.tsx'],
              message: 'Shared code does not import features or the app.',
            },
            ...features.map((feature) => ({
              target: `./src/features/${feature}`,
              from: [
                './src/app',
                ...features.filter((other) => other !== feature).map((other) => `./src/features/${other}`),
              ],
              message: 'Features do not import each other or the app; compose them in src/app.',
            })),
            {
              target: './src/app',
              from: ['./src/entry-client.tsx', './src/entry-server.tsx'],
              message: 'The app does not import its entries.',
            },
            {
              target: './server',
              from: ['./src'],
              except: ['./entry-server.tsx', './lib/reader-preferences.ts'],
              message: 'The server reaches the app through src/entry-server.tsx only.',
            },
            {
              target: './mocks',
              from: ['./src'],
              except: ['./api'],
              message: 'The mocks share the contract (src/api) and nothing else of the app.',
            },
          ],
        },
      ],
    },
  },
  {
    // The one mock switch: the static demo's in-browser mock API and the mock panel.
    files: ['src/entry-client.tsx'],
    rules: { 'import-x/no-restricted-paths': 'off' },
  },
  {
    // Only the dev server runs the mock API in its own process.
    files: ['server/**/*.ts'],
    ignores: ['server/dev.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/mocks/**', 'vite'], message: 'The production server loads no mocks and no Vite.' },
          ],
        },
      ],
    },
  },
);
