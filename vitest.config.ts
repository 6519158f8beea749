import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Two projects: the electron-free core, emulator and glue in Node; the renderer in happy-dom.
export default defineConfig({
  // `@shared/…` = electron/shared, as in tsconfig.json, vite.config.ts and esbuild.config.mjs.
  resolve: { alias: { '@shared': fileURLToPath(new URL('./electron/shared', import.meta.url)) } },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'node', environment: 'node', include: ['test/unit/**/*.test.ts'], testTimeout: 20_000 },
      },
      {
        extends: true,
        test: { name: 'renderer', environment: 'happy-dom', include: ['test/renderer/**/*.test.{ts,tsx}'] },
      },
    ],
  },
});
