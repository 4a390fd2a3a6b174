import tseslint from 'typescript-eslint';
import nounsanitized from 'eslint-plugin-no-unsanitized';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'tests/fixtures/**', 'tests/artifacts/**'] },
  ...tseslint.configs.recommended,
  nounsanitized.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render text as text: no raw HTML.' },
        {
          selector: "MemberExpression[property.name='innerHTML']",
          message: 'Use textContent or DOM APIs, never innerHTML.',
        },
        { selector: "CallExpression[callee.name='eval']", message: 'No eval.' },
      ],
    },
  },
  {
    // The engine runs in Node and in every extension context: no extension APIs at import time.
    files: ['lib/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['wxt/*', '#imports', 'webextension-polyfill', '@/components/*', '@/entrypoints/*'],
              allowTypeImports: true,
              message: 'lib/ is pure: pass browser objects in.',
            },
          ],
        },
      ],
    },
  },
);
