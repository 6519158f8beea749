import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import reactRefresh from 'eslint-plugin-react-refresh';
import globals from 'globals';
import prettier from 'eslint-config-prettier';

const GOT_ONLY_IN_NET = {
  name: 'got',
  message: 'Download through electron/core/net/bounded-fetch.ts (host policy, byte cap, deadline).',
};

export default tseslint.config(
  { ignores: ['dist', '.out', 'release', 'test-results', 'playwright-report', 'reports', 'node_modules', 'assets'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  { languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } } },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks, 'react-refresh': reactRefresh },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-refresh/only-export-components': 'warn',
      // The renderer may import only the contract's types from electron/.
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/electron/**', 'electron'],
              allowTypeImports: true,
              message: 'Renderer imports only types from electron/shared.',
            },
          ],
        },
      ],
    },
  },
  {
    // The core, the emulator and browser mode never import electron (they run in plain Node).
    // Outbound HTTP has two homes: the WeChat API client (electron/core/wechat) and the bounded,
    // policy-checked fetch for URLs we did not build (electron/core/net); nothing else imports got.
    files: ['electron/core/**', 'electron/emulator/**', 'electron/web/**', 'electron/shared/**'],
    ignores: ['electron/core/net/**', 'electron/core/wechat/**'],
    rules: { 'no-restricted-imports': ['error', { paths: ['electron', GOT_ONLY_IN_NET] }] },
  },
  {
    files: ['electron/core/net/**', 'electron/core/wechat/**'],
    rules: { 'no-restricted-imports': ['error', { paths: ['electron'] }] },
  },
  {
    files: ['electron/main/**', 'electron/preload/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [GOT_ONLY_IN_NET] }] },
  },
  {
    files: ['electron/**/*.ts', 'test/**/*.{ts,tsx,mjs,cjs}', 'bench/**', '*.{js,mjs,ts}'],
    languageOptions: { globals: globals.node },
  },
  { files: ['test/**', 'bench/**'], rules: { '@typescript-eslint/unbound-method': 'off' } },
  { files: ['**/*.{js,mjs,cjs}'], ...tseslint.configs.disableTypeChecked },
  { files: ['**/*.cjs'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
  prettier,
);
