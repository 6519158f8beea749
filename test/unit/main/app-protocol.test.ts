import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AssetRoutes, mediaRoute } from '../../../electron/core/assets';
import { createAppProtocolHandler } from '../../../electron/main/app-protocol';

const root = mkdtempSync(path.join(os.tmpdir(), 'app-proto-'));
mkdirSync(path.join(root, 'assets'));
writeFileSync(path.join(root, 'index.html'), '<!doctype html><p>app</p>');
writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1)');
const assets = new AssetRoutes();
assets.register(
  'thumb',
  mediaRoute(({ accountId, id }) =>
    Promise.resolve(
      accountId === 'acc' && id === 'M-1' ? { body: new Uint8Array([1, 2]), contentType: 'image/png' } : null,
    ),
  ),
);
// A route whose handler (wrongly) answers HTML: the choke point in core must refuse it for this transport too.
assets.register(
  'evil',
  mediaRoute(() => Promise.resolve({ body: new TextEncoder().encode('<script>1</script>'), contentType: 'text/html' })),
);
// A file-backed route, as the preview and temp routes are: streamed in ranges so <video> can seek.
const clip = path.join(root, 'clip.mp4');
const CLIP = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
writeFileSync(clip, CLIP);
assets.register(
  'preview',
  mediaRoute(() => Promise.resolve({ file: clip, contentType: 'video/mp4' })),
);
const handle = createAppProtocolHandler(root, assets);

describe('app:// protocol handler', () => {
  it('serves the bundle with the CSP header', async () => {
    const res = await handle(new Request('app://bundle/index.html'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await res.text()).toContain('app');
    expect((await handle(new Request('app://bundle/assets/app.js'))).headers.get('content-type')).toMatch(/javascript/);
  });

  it('serves asset routes with the headers core gives every asset', async () => {
    const res = await handle(new Request('app://bundle/thumb/acc/M-1'));
    expect(res.status).toBe(200);
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(new Uint8Array([1, 2]));
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-disposition')).toBe('inline');
    expect(res.headers.get('content-security-policy')).toMatch(/sandbox/);
    expect((await handle(new Request('app://bundle/thumb/acc/other'))).status).toBe(404);
  });

  it('refuses encoded separators in asset segments and HTML from any asset handler', async () => {
    expect((await handle(new Request(`app://bundle/thumb/acc/${encodeURIComponent('M/1')}`))).status).toBe(404);
    expect((await handle(new Request('app://bundle/thumb/..%2f..%2fx/M-1'))).status).toBe(404);
    expect((await handle(new Request('app://bundle/thumb/acc/M-1/extra'))).status).toBe(404);
    const evil = await handle(new Request('app://bundle/evil/acc/M-1'));
    expect(evil.status).toBe(404);
    expect(await evil.text()).not.toContain('script');
  });

  it('refuses other hosts, methods and traversal', async () => {
    expect((await handle(new Request('app://evil/index.html'))).status).toBe(404);
    expect((await handle(new Request('app://bundle/index.html', { method: 'POST', body: 'x' }))).status).toBe(404);
    expect((await handle(new Request('app://bundle/..%2f..%2fetc%2fpasswd'))).status).toBe(404);
    expect((await handle(new Request('app://bundle/missing.js'))).status).toBe(404);
  });

  it('streams a file asset in ranges: 206 with exactly the bytes, 416 past the end, 200 and HEAD without Range', async () => {
    const part = await handle(new Request('app://bundle/preview/acc/M-1', { headers: { Range: 'bytes=16-31' } }));
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe('bytes 16-31/256');
    expect(part.headers.get('accept-ranges')).toBe('bytes');
    expect(part.headers.get('content-type')).toBe('video/mp4');
    expect(part.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await part.arrayBuffer()).equals(CLIP.subarray(16, 32))).toBe(true);

    const past = await handle(new Request('app://bundle/preview/acc/M-1', { headers: { Range: 'bytes=256-' } }));
    expect(past.status).toBe(416);
    expect(past.headers.get('content-range')).toBe('bytes */256');

    const whole = await handle(new Request('app://bundle/preview/acc/M-1'));
    expect(whole.status).toBe(200);
    expect(whole.headers.get('content-length')).toBe('256');
    expect(Buffer.from(await whole.arrayBuffer()).equals(CLIP)).toBe(true);

    const head = await handle(new Request('app://bundle/preview/acc/M-1', { method: 'HEAD' }));
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe('256');
  });

  it.runIf(existsSync('/proc/self/fd'))('a cancelled stream (a seek) closes the file', async () => {
    const openFds = () => readdirSync('/proc/self/fd').length;
    const before = openFds();
    const res = await handle(new Request('app://bundle/preview/acc/M-1', { headers: { Range: 'bytes=0-' } }));
    expect(openFds()).toBe(before + 1);
    const reader = res.body!.getReader();
    await reader.read();
    await reader.cancel();
    await new Promise((r) => setTimeout(r, 50));
    expect(openFds()).toBe(before);
  });
});
