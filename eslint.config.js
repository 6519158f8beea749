import { builtinModules } from 'node:module';
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
const SHARP_ONLY_IN_IMAGES = {
  name: 'sharp',
  message: 'Load sharp through electron/core/images/sharp.ts (one loader: build detection, cache, concurrency bound).',
};
/** Layer rule (as Signal Desktop's): electron/shared also runs in the sandboxed preload and the renderer. */
const NO_NODE = {
  group: ['node:*', ...builtinModules.flatMap((m) => [m, `${m}/*`])],
  message: 'electron/shared runs in the preload and the renderer too: no Node built-ins here.',
};
/** Layer rule: the emulator is the demo account's backend, loaded only through electron/core/demo/. */
const EMULATOR_ONLY_IN_DEMO = {
  group: ['**/emulator', '**/emulator/**'],
  message: 'electron/core reaches the emulator only through electron/core/demo/.',
};
const NO_ZOD = {
  name: 'zod',
  message: 'This module is imported at runtime by the preload or the renderer: keep zod out.',
};
/** The zod-free, Node-free part of the contract: the renderer and the preload import runtime values from these. */
const RUNTIME_SHARED = [
  'electron/shared/channels.ts',
  'electron/shared/bridge.ts',
  'electron/shared/errors.ts',
  'electron/shared/models.ts',
  'electron/shared/features/*.channels.ts',
];
/** no-restricted-imports options replace each other per file, so each layer lists all of its rules. */
const restrict = (paths, patterns = []) => ({ 'no-restricted-imports': ['error', { paths, patterns }] });

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
      // The renderer imports types from electron/shared, and runtime values (channel and method
      // names, the command table) only from its zod-free channels.ts, bridge.ts and commands.ts,
      // through the @shared alias.
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '**/electron/**',
                'electron',
                '@shared/**',
                '!@shared/channels',
                '!@shared/bridge',
                '!@shared/commands',
                '!@shared/article-themes',
                '!@shared/article-text',
              ],
              allowTypeImports: true,
              message:
                'Renderer imports only types from electron/shared (write `@shared/…`); runtime values only from @shared/channels, @shared/bridge, @shared/commands, @shared/article-themes and @shared/article-text (pure data and string code).',
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
    files: ['electron/emulator/**', 'electron/web/**', 'electron/core/demo/**'],
    rules: restrict(['electron', GOT_ONLY_IN_NET, SHARP_ONLY_IN_IMAGES]),
  },
  {
    files: ['electron/core/**'],
    ignores: ['electron/core/net/**', 'electron/core/wechat/**', 'electron/core/demo/**', 'electron/core/images/**'],
    rules: restrict(['electron', GOT_ONLY_IN_NET, SHARP_ONLY_IN_IMAGES], [EMULATOR_ONLY_IN_DEMO]),
  },
  {
    files: ['electron/core/images/**'],
    rules: restrict(['electron', GOT_ONLY_IN_NET], [EMULATOR_ONLY_IN_DEMO]),
  },
  {
    files: ['electron/core/net/**', 'electron/core/wechat/**'],
    rules: restrict(['electron', SHARP_ONLY_IN_IMAGES], [EMULATOR_ONLY_IN_DEMO]),
  },
  { files: ['electron/shared/**'], rules: restrict(['electron', GOT_ONLY_IN_NET, SHARP_ONLY_IN_IMAGES], [NO_NODE]) },
  { files: RUNTIME_SHARED, rules: restrict(['electron', GOT_ONLY_IN_NET, SHARP_ONLY_IN_IMAGES, NO_ZOD], [NO_NODE]) },
  {
    files: ['electron/main/**', 'electron/preload/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [GOT_ONLY_IN_NET, SHARP_ONLY_IN_IMAGES] }] },
  },
  // A promise nobody awaits must say what happens when it fails: `void p` is not an answer.
  {
    files: ['electron/**/*.ts'],
    rules: { '@typescript-eslint/no-floating-promises': ['error', { ignoreVoid: false }] },
  },
  {
    files: ['electron/**/*.ts', 'test/**/*.{ts,tsx,mjs,cjs}', 'bench/**', 'scripts/**', '*.{js,mjs,ts}'],
    languageOptions: { globals: globals.node },
  },
  { files: ['test/**', 'bench/**'], rules: { '@typescript-eslint/unbound-method': 'off' } },
  { files: ['**/*.{js,mjs,cjs}'], ...tseslint.configs.disableTypeChecked },
  { files: ['**/*.cjs'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
  prettier,
);
