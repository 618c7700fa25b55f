// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/storybook-static/**',
      '**/*.generated.ts',
      '.toolchain/**',
      '.turbo/**',
      '**/.turbo/**',
      '.test-results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: {
        projectService: {
          // The config files outside every tsconfig (vitest and vite configs): room for more packages.
          maximumDefaultProjectFileMatchCount_THIS_WILL_SLOW_DOWN_LINTING: 24,
          allowDefaultProject: [
            '*.js',
            '*.ts',
            'scripts/*.mjs',
            'packages/*/scripts/*.mjs',
            'packages/*/vitest.config.ts',
            'apps/*/vitest.config.ts',
            'integrations/*/vitest.config.ts',
            'bench/vitest.config.ts',
          ],
        },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      // Early `return send(...)` in request handlers reads well; the rule forbids it.
      '@typescript-eslint/no-confusing-void-expression': 'off',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ExportAllDeclaration',
          message: 'No barrel files: import from the module that defines the thing, so bundles tree-shake.',
        },
      ],
    },
  },
  {
    // An element's file is the element: types other modules share live in modules of their own
    // (`address-sources.ts`, `address-lookup.events.ts`), so no module depends on an element to get one.
    files: ['packages/*/src/**/*.ts'],
    ignores: ['**/define.ts', '**/*.test.ts', '**/*.stories.ts', '**/*.fixtures.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.{1,2}/(.*/)?council-[a-z0-9-]+\\.js$',
              message: 'Import shared types from their own module, not from an element file.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['**/*.d.ts'],
    rules: { '@typescript-eslint/no-extraneous-class': 'off' },
  },
  {
    files: ['**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unnecessary-type-parameters': 'off',
      '@typescript-eslint/no-unnecessary-condition': 'off',
    },
  },
);
