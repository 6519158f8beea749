// Bundles the Node-side entry points to CommonJS (a sandboxed preload needs one CJS file; got,
// zod and the core are inlined). sharp is the one exception: a native addon (or its wasm32 fallback)
// cannot be inlined, so it stays external, is required at run time by electron/core/images/sharp.ts,
// and ships as node_modules (electron-builder.yml unpacks it from the asar).
//   node esbuild.config.mjs               all bundles
//   node esbuild.config.mjs --only=NAME   one bundle (main, preload, web, emulator, demo-emulator)
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
// SUCAIDESK_OUT lets parallel work trees build side by side (default dist/).
const out = process.env.SUCAIDESK_OUT ?? 'dist';
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  external: ['electron', 'sharp'],
  // `@shared/…` = electron/shared, as in tsconfig.json, vite.config.ts and vitest.config.ts.
  alias: { '@shared': './electron/shared' },
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  logLevel: 'warning',
};

const bundles = {
  main: { entryPoints: ['electron/main/main.ts'], outfile: `${out}/main/main.cjs` },
  preload: { entryPoints: ['electron/preload/preload.ts'], outfile: `${out}/preload/preload.cjs`, target: 'chrome140' },
  web: { entryPoints: ['electron/web/main.ts'], outfile: `${out}/web/server.cjs` },
  emulator: { entryPoints: ['electron/emulator/cli.ts'], outfile: `${out}/emulator/cli.cjs` },
  // The demo account's emulator, required at run time by electron/core/demo/load-emulator.ts from next
  // to the main and web bundles, which therefore do not contain it.
  'demo-emulator': { entryPoints: ['electron/emulator/index.ts'], outfile: `${out}/emulator/emulator.cjs` },
  // The HEIC decoder's thread (electron/core/images/heic.ts looks for it beside the bundle it runs in).
  'heic-worker': { entryPoints: ['electron/core/images/heic-worker.ts'], outfile: `${out}/main/heic-worker.cjs` },
  'heic-worker-web': { entryPoints: ['electron/core/images/heic-worker.ts'], outfile: `${out}/web/heic-worker.cjs` },
};

for (const [name, options] of Object.entries(bundles)) {
  if (only && name !== only) continue;
  await build({ ...common, ...options });
}
