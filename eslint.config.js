import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

/**
 * Imports flow one way: src/lib -> src/components -> src/features/* -> src/app. Checked on the
 * resolved file, so an alias (`@/features/x`) and a relative path (`../../features/x`) are the
 * same import, and a feature's own `../../api` is its own.
 */
const boundaries = [
  {
    target: './src/lib',
    from: ['./src/components', './src/features', './src/app', './mocks', './tests'],
    message: 'src/lib is the shared base: it imports no components, features, app, mock API or tests.',
  },
  {
    target: './src/components',
    from: ['./src/features', './src/app', './mocks', './tests'],
    message: 'Shared components import only src/lib and each other.',
  },
  ...features.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message: 'Features do not import each other: move shared code to src/lib or src/components, or compose in src/app.',
  })),
  {
    target: './src/features',
    from: ['./src/app', './mocks', './tests'],
    message: 'Features import src/lib and src/components, never the app, the mock API or tests.',
  },
  {
    target: './src/app',
    from: ['./mocks', './tests'],
    message: 'Application code must not depend on the mock API or tests.',
  },
  {
    target: './mocks',
    from: ['./src/app', './src/features', './src/components', './server'],
    message: 'The mock API depends only on the contract and shared pure code in src/lib.',
  },
  {
    target: './server',
    from: ['./src/app', './src/features', './src/components', './mocks'],
    message: 'The server shares only src/lib (contract, figures, demo data) with the app.',
  },
];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-http',
      'dist-server',
      'coverage',
      'public/mockServiceWorker.js',
      'playwright-report',
      'test-results',
      '.data',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  ...tseslint.configs.stylistic,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'API text is never interpreted as HTML.',
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'tests/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: { ...reactHooks.configs.recommended.rules, ...jsxA11y.flatConfigs.recommended.rules },
  },
  {
    files: ['**/*.{ts,tsx,js}'],
    plugins: { 'import-x': importX },
    settings: {
      // The rules read the files an import resolves to, so they must parse TypeScript too.
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [
        createNodeResolver({
          extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'],
          conditionNames: ['import', 'default'],
          tsconfig: { configFile: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) },
        }),
      ],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: boundaries }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
);
