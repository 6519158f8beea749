import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
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
});
