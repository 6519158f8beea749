import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AssetRoutes } from '../../../electron/core/assets';
import { createAppProtocolHandler } from '../../../electron/main/app-protocol';

const root = mkdtempSync(path.join(os.tmpdir(), 'app-proto-'));
mkdirSync(path.join(root, 'assets'));
writeFileSync(path.join(root, 'index.html'), '<!doctype html><p>app</p>');
writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1)');
const assets = new AssetRoutes();
assets.register('thumb', ([account, media]) =>
  Promise.resolve(
    account === 'acc' && media === 'M/1' ? { body: new Uint8Array([1, 2]), contentType: 'image/png' } : null,
  ),
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

  it('serves asset routes with decoded segments', async () => {
    const res = await handle(new Request(`app://bundle/thumb/acc/${encodeURIComponent('M/1')}`));
    expect(res.status).toBe(200);
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(new Uint8Array([1, 2]));
    expect((await handle(new Request('app://bundle/thumb/acc/other'))).status).toBe(404);
  });

  it('refuses other hosts, methods and traversal', async () => {
    expect((await handle(new Request('app://evil/index.html'))).status).toBe(404);
    expect((await handle(new Request('app://bundle/index.html', { method: 'POST', body: 'x' }))).status).toBe(404);
    expect((await handle(new Request('app://bundle/..%2f..%2fetc%2fpasswd'))).status).toBe(404);
    expect((await handle(new Request('app://bundle/missing.js'))).status).toBe(404);
  });
});
