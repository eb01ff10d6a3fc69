import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

const noApp = {
  group: ['@/app', '@/app/*', '**/app/*'],
  message: 'Shared code and features must not import from src/app (imports flow shared -> features -> app).',
};
const noFeatures = {
  group: ['@/features', '@/features/*', '**/features/*'],
  message: 'Shared code must not import from features.',
};
const noTestsOrMocksInApp = {
  group: ['@mocks/*', '**/mocks/*', '**/tests/*'],
  message: 'Application code must not depend on the mock API or tests.',
};

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-http',
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
    files: ['src/lib/**', 'src/components/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noApp, noFeatures, noTestsOrMocksInApp] }] },
  },
  ...features.map((feature) => ({
    files: [`src/features/${feature}/**`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            noApp,
            noTestsOrMocksInApp,
            {
              group: ['@/features/*', `!@/features/${feature}`, `!@/features/${feature}/*`, '../../*'],
              message:
                'Features do not import each other: move shared code to src/lib or src/components, or compose in src/app.',
            },
          ],
        },
      ],
    },
  })),
  {
    files: ['src/app/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noTestsOrMocksInApp] }] },
  },
  {
    files: ['mocks/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/app/*', '@/features/*', '@/components/*'],
              message: 'The mock API depends only on the contract and shared pure code in src/lib.',
            },
          ],
        },
      ],
    },
  },
);
