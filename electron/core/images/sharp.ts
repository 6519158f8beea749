/**
 * The one place that loads sharp (libvips); eslint.config.js forbids importing it anywhere else.
 *
 * sharp is kept out of the esbuild bundles (esbuild.config.mjs marks it external) and required at run
 * time: its loader (node_modules/sharp/dist/sharp.cjs) tries the platform's native build first and
 * falls back to @img/sharp-wasm32. The desktop package ships both (electron-builder.yml); CI deletes the
 * native folders (.ci/run), so the whole suite runs on wasm32.
 *
 * Both builds decode off the JavaScript thread (native: libuv's pool; wasm32: emnapi's worker
 * threads). Measured here while making 50 thumbnails of a 12 MP JPEG two at a time: event-loop delay
 * p99 12 ms, max 31 ms on wasm32 — so no worker_threads pool of our own; `limitImageWork`
 * (./image-work-limit.ts) bounds how many pictures are in flight instead.
 */
import type { Sharp, SharpInput, SharpOptions } from 'sharp';

type SharpModule = (typeof import('sharp'))['default'];

export interface SharpInfo {
  /** `wasm32` when @img/sharp-wasm32 was loaded (CI), `native` for a platform build. */
  build: 'native' | 'wasm32';
  /** libvips version, e.g. `8.18.7`. */
  libvips: string;
  /** libvips threads per picture. */
  threads: number;
}

let loading: Promise<SharpModule> | null = null;

/**
 * The CommonJS bundles (dist/main, dist/web) have `require`: it loads sharp's CJS entry, the path
 * Electron's asar support (app.asar.unpacked) is known to handle. Vitest and tsx run this file as ESM.
 */
async function importSharp(): Promise<SharpModule> {
  if (typeof require === 'function') {
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      return require('sharp') as SharpModule;
    } catch {
      // An ESM bundle's stand-in `require` refuses; import() below says what is wrong if sharp is.
    }
  }
  const mod = await import('sharp');
  return mod.default;
}

/** sharp, loaded once. Rejects when neither the native nor the wasm32 build can be loaded. */
export function loadSharp(): Promise<SharpModule> {
  loading ??= importSharp().then((sharp) => {
    // Each input is decoded once: libvips' operation cache would only hold memory (RSS), not save work.
    sharp.cache(false);
    return sharp;
  });
  return loading;
}

/** A sharp pipeline for `input` (bytes, raw pixels, or frames to join); every caller goes through here. */
export async function sharpOf(input: SharpInput | SharpInput[], options?: SharpOptions): Promise<Sharp> {
  const sharp = await loadSharp();
  return sharp(input, options);
}

/**
 * Which build is in use. The wasm32 package's version list names the emscripten it was built with
 * (node_modules/@img/sharp-wasm32/versions.json); the native packages' lists never do.
 */
export async function sharpInfo(): Promise<SharpInfo> {
  const sharp = await loadSharp();
  const versions = sharp.versions as Record<string, string | undefined>;
  return {
    build: versions.emscripten ? 'wasm32' : 'native',
    libvips: sharp.versions.vips,
    threads: sharp.concurrency(),
  };
}

/** One line for logs and the test runner: `sharp: wasm32 (libvips 8.18.7)`. */
export function describeSharp(info: SharpInfo): string {
  return `sharp: ${info.build} (libvips ${info.libvips})`;
}
