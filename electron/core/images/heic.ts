/**
 * HEIC/HEIF (iPhone photos) → RGBA pixels. sharp's prebuilt libvips reads only AVIF-in-HEIF (no HEVC
 * decoder, for patent reasons), so HEVC pictures go through heic-decode, which wraps libheif compiled
 * to WebAssembly (libheif-js). It is loaded on first use: most sessions never see a HEIC file.
 *
 * In the app the decode runs on a thread of its own (./heic-worker.ts, bundled beside main.cjs and
 * server.cjs), started for one picture and ended after it, so no wasm thread outlives its work. Where
 * that bundle does not exist (unit tests run the sources), it runs here.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { RgbaImage } from './bmp-decode';

// `__dirname` is the bundle's folder in the app; scripts run as ES modules have none (decode here then).
const WORKER_FILE = typeof __dirname === 'string' ? path.join(__dirname, 'heic-worker.cjs') : null;

/** Refuse pictures whose RGBA pixels would take more than 400 MB (100 MP), as thumbnail.ts does. */
const MAX_PIXELS = 100_000_000;

type HeicDecode = typeof import('heic-decode');
let loading: Promise<HeicDecode> | null = null;

function loadDecoder(): Promise<HeicDecode> {
  loading ??= import('heic-decode').then((m) => ((m as { default?: HeicDecode }).default ?? m) as HeicDecode);
  return loading;
}

/** The primary image of a HEIC/HEIF file as RGBA, decoded off the core's thread; throws when libheif cannot. */
export function decodeHeic(input: Uint8Array): Promise<RgbaImage> {
  return WORKER_FILE && existsSync(WORKER_FILE) ? decodeInWorker(WORKER_FILE, input) : decodeHeicHere(input);
}

type WorkerReply = { ok: true; width: number; height: number; pixels: Uint8Array } | { ok: false; message: string };

function decodeInWorker(file: string, input: Uint8Array): Promise<RgbaImage> {
  return new Promise<RgbaImage>((resolve, reject) => {
    const worker = new Worker(file);
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      fn();
      worker.terminate().catch(() => undefined);
    };
    worker.once('message', (reply: WorkerReply) =>
      settle(() => {
        if (!reply.ok) return reject(new Error(reply.message));
        const { width, height, pixels } = reply;
        resolve({ width, height, pixels: Buffer.from(pixels.buffer, pixels.byteOffset, pixels.byteLength) });
      }),
    );
    worker.once('error', (err) => settle(() => reject(err)));
    worker.once('exit', (code) => settle(() => reject(new Error(`HEIC decoder stopped (${code})`))));
    worker.postMessage(input);
  });
}

/** The same decode on the calling thread (the worker's own body, and unit tests). */
export async function decodeHeicHere(input: Uint8Array): Promise<RgbaImage> {
  const decode = await loadDecoder();
  const { width, height, data } = await decode({ buffer: input });
  if (width * height > MAX_PIXELS) throw new Error('HEIC picture too large to decode');
  return { width, height, pixels: Buffer.from(data.buffer, data.byteOffset, data.byteLength) };
}
