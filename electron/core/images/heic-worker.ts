/**
 * The HEIC decoder's own thread (bundled by esbuild.config.mjs next to the main and web bundles as
 * heic-worker.cjs). libheif in WebAssembly decodes on the thread that calls it; a 12 MP iPhone photo
 * takes a second or more, which on the core's thread would stall every IPC call and page of thumbnails
 * meanwhile. One message in (the file's bytes), one out (RGBA pixels, transferred, not copied).
 */
import { parentPort } from 'node:worker_threads';
import { decodeHeicHere } from './heic';

parentPort?.once('message', (input: Uint8Array) => {
  decodeHeicHere(input).then(
    ({ width, height, pixels }) => {
      const copy = new Uint8Array(pixels.byteLength);
      copy.set(pixels);
      parentPort?.postMessage({ ok: true, width, height, pixels: copy }, [copy.buffer]);
    },
    (err: unknown) => parentPort?.postMessage({ ok: false, message: err instanceof Error ? err.message : String(err) }),
  );
});
