import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * Renderer build. The desktop app (app://bundle/) and the browser-mode server both send a strict CSP
 * (script-src 'self'; style-src 'self'; img-src 'self' blob:), so: relative asset URLs, no inlined
 * data: assets, no inline scripts or styles in index.html.
 *
 * `vite` dev server: set SUCAIDESK_WEB_URL (e.g. http://127.0.0.1:5174) to proxy the browser-mode
 * API, staging, events and thumbnails to a running web server.
 */
const webUrl = process.env.SUCAIDESK_WEB_URL;
/** SUCAIDESK_OUT lets parallel work trees build side by side (default dist/). */
const out = process.env.SUCAIDESK_OUT ?? 'dist';

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  // `@shared/…` = electron/shared (tsconfig.json paths; the renderer may import only its zod-free modules, see eslint.config.js).
  resolve: { alias: { '@shared': fileURLToPath(new URL('./electron/shared', import.meta.url)) } },
  build: {
    outDir: `../${out}/renderer`,
    emptyOutDir: true,
    assetsInlineLimit: 0,
  },
  server: webUrl
    ? {
        proxy: {
          '/api': { target: webUrl, changeOrigin: false },
          '/thumb': { target: webUrl, changeOrigin: false },
        },
      }
    : undefined,
});
