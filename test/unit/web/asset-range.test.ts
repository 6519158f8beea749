/**
 * Browser mode streams audio and video in byte ranges (issue 11): through the real server, with the
 * session cookie and a signed URL, a Range request gets 206 with exactly those bytes, a range past the
 * end 416, a plain GET and a HEAD 200 with Accept-Ranges; unsigned requests still reach nothing.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mediaRoute } from '../../../electron/core/assets';
import { signAssetPath } from '../../../renderer/src/lib/asset-url';
import { login, startHarness, type Harness } from './harness';

const CLIP = Buffer.from(Array.from({ length: 100_000 }, (_, i) => (i * 7) % 256));
const clipFile = path.join(mkdtempSync(path.join(os.tmpdir(), 'web-range-')), 'clip.mp4');
writeFileSync(clipFile, CLIP);

let h: Harness;
let cookie = '';
let key = '';

beforeAll(async () => {
  h = await startHarness(undefined, (assets) =>
    assets.register(
      'media',
      mediaRoute(() => {
        h.ran.push('asset media');
        return Promise.resolve({ file: clipFile, contentType: 'video/mp4' });
      }),
    ),
  );
  ({ cookie, key } = await login(h));
});
afterAll(() => h.close());

const PATH = '/media/acc_1/M1';
const get = (init: RequestInit & { headers?: Record<string, string> } = {}, pathname = PATH) =>
  fetch(`${h.base}${pathname}?${signAssetPath(pathname, key, Date.now())}`, {
    ...init,
    headers: { cookie, ...init.headers },
  });

describe('asset routes in byte ranges', () => {
  it('answers one range with 206 and exactly those bytes', async () => {
    const res = await get({ headers: { Range: 'bytes=1000-1999' } });
    expect(res.status).toBe(206);
    expect(res.headers.get('content-range')).toBe(`bytes 1000-1999/${CLIP.length}`);
    expect(res.headers.get('content-length')).toBe('1000');
    expect(res.headers.get('accept-ranges')).toBe('bytes');
    expect(res.headers.get('content-type')).toBe('video/mp4');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await res.arrayBuffer()).equals(CLIP.subarray(1000, 2000))).toBe(true);
  });

  it('answers an open range and a suffix', async () => {
    const open = await get({ headers: { Range: `bytes=${CLIP.length - 10}-` } });
    expect(Buffer.from(await open.arrayBuffer()).equals(CLIP.subarray(-10))).toBe(true);
    const suffix = await get({ headers: { Range: 'bytes=-5' } });
    expect(suffix.status).toBe(206);
    expect(Buffer.from(await suffix.arrayBuffer()).equals(CLIP.subarray(-5))).toBe(true);
  });

  it('answers a range past the end with 416 and bytes */size', async () => {
    const res = await get({ headers: { Range: `bytes=${CLIP.length}-` } });
    expect(res.status).toBe(416);
    expect(res.headers.get('content-range')).toBe(`bytes */${CLIP.length}`);
    expect((await res.arrayBuffer()).byteLength).toBe(0);
  });

  it('answers no Range with 200 and the whole file, and HEAD with the same headers and no body', async () => {
    const whole = await get();
    expect(whole.status).toBe(200);
    expect(whole.headers.get('accept-ranges')).toBe('bytes');
    expect(Buffer.from(await whole.arrayBuffer()).equals(CLIP)).toBe(true);
    const head = await get({ method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe(String(CLIP.length));
    expect((await head.arrayBuffer()).byteLength).toBe(0);
  });

  it('refuses a Range request without a signature or without the cookie, before any route runs', async () => {
    h.ran.length = 0;
    const unsigned = await fetch(`${h.base}${PATH}`, { headers: { cookie, Range: 'bytes=0-9' } });
    expect(unsigned.status).toBe(403);
    const noCookie = await fetch(`${h.base}${PATH}?${signAssetPath(PATH, key, Date.now())}`, {
      headers: { Range: 'bytes=0-9' },
    });
    expect(noCookie.status).toBe(403);
    const headUnsigned = await fetch(`${h.base}${PATH}`, { method: 'HEAD', headers: { cookie } });
    expect(headUnsigned.status).toBe(403);
    expect(h.ran).toEqual([]);
  });
});
