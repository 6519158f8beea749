/**
 * Range on the asset choke point (electron/core/assets.ts, issue 11): a handler that answers a file gets
 * 200/206/416 descriptors over an open handle with exactly the asked bytes; the security headers of every
 * asset stay; a link or a folder in the file's place is refused.
 */
import { mkdtempSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { text } from 'node:stream/consumers';
import { describe, expect, it } from 'vitest';
import { AssetRoutes, mediaRoute, type AssetBody, type AssetResponse } from '../../../../electron/core/assets';

const dir = mkdtempSync(path.join(os.tmpdir(), 'asset-range-'));
const file = path.join(dir, 'clip.mp4');
const CONTENT = '0123456789abcdefghij';
writeFileSync(file, CONTENT);

function routes(answer: AssetResponse) {
  const r = new AssetRoutes();
  r.register(
    'preview',
    mediaRoute(() => Promise.resolve(answer)),
  );
  return r;
}

async function read(body: AssetBody): Promise<string> {
  if (body.kind === 'none') return '';
  if (body.kind === 'bytes') return Buffer.from(body.bytes).toString();
  return text(body.handle.createReadStream({ start: body.start, end: body.end }));
}

const fileRoutes = routes({ file, contentType: 'video/mp4' });

describe('file answers and Range', () => {
  it('no Range: 200, the whole file, its length, Accept-Ranges and the asset headers', async () => {
    const served = (await fileRoutes.serve('/preview/acc/M1'))!;
    expect(served.status).toBe(200);
    expect(served.headers['Content-Length']).toBe('20');
    expect(served.headers['Accept-Ranges']).toBe('bytes');
    expect(served.headers['Content-Type']).toBe('video/mp4');
    expect(served.headers['X-Content-Type-Options']).toBe('nosniff');
    expect(served.headers['Content-Security-Policy']).toMatch(/sandbox/);
    expect(served.headers.ETag).toMatch(/^"[0-9a-f]+-[0-9a-f]+"$/);
    expect(await read(served.body)).toBe(CONTENT);
  });

  it('one range: 206 with exactly those bytes and Content-Range', async () => {
    const served = (await fileRoutes.serve('/preview/acc/M1', { range: 'bytes=5-9' }))!;
    expect(served.status).toBe(206);
    expect(served.headers['Content-Range']).toBe('bytes 5-9/20');
    expect(served.headers['Content-Length']).toBe('5');
    expect(await read(served.body)).toBe('56789');
    const tail = (await fileRoutes.serve('/preview/acc/M1', { range: 'bytes=-4' }))!;
    expect(await read(tail.body)).toBe('ghij');
    const open = (await fileRoutes.serve('/preview/acc/M1', { range: 'bytes=18-' }))!;
    expect(await read(open.body)).toBe('ij');
  });

  it('past the end: 416 with bytes */size and no body (the handle is closed, not leaked)', async () => {
    const served = (await fileRoutes.serve('/preview/acc/M1', { range: 'bytes=20-' }))!;
    expect(served.status).toBe(416);
    expect(served.headers['Content-Range']).toBe('bytes */20');
    expect(served.body.kind).toBe('none');
  });

  it('HEAD: the headers of the GET, no body', async () => {
    const whole = (await fileRoutes.serve('/preview/acc/M1', { method: 'HEAD' }))!;
    expect([whole.status, whole.headers['Content-Length'], whole.body.kind]).toEqual([200, '20', 'none']);
    const part = (await fileRoutes.serve('/preview/acc/M1', { method: 'HEAD', range: 'bytes=0-1' }))!;
    expect([part.status, part.headers['Content-Range'], part.body.kind]).toEqual([206, 'bytes 0-1/20', 'none']);
  });

  it('If-Range: honoured for the current ETag, whole file for any other', async () => {
    const etag = (await fileRoutes.serve('/preview/acc/M1', { method: 'HEAD' }))!.headers.ETag;
    const same = (await fileRoutes.serve('/preview/acc/M1', { range: 'bytes=0-1', ifRange: etag }))!;
    expect(same.status).toBe(206);
    await read(same.body);
    const other = (await fileRoutes.serve('/preview/acc/M1', { range: 'bytes=0-1', ifRange: '"old"' }))!;
    expect(other.status).toBe(200);
    expect(await read(other.body)).toBe(CONTENT);
  });

  it('in-memory answers take ranges too', async () => {
    const r = routes({ body: new TextEncoder().encode(CONTENT), contentType: 'image/png' });
    const served = (await r.serve('/preview/acc/M1', { range: 'bytes=1-3' }))!;
    expect([served.status, await read(served.body)]).toEqual([206, '123']);
  });

  it('refuses a missing file, a folder and a symlink in the file’s place', async () => {
    expect(
      await routes({ file: path.join(dir, 'missing'), contentType: 'video/mp4' }).serve('/preview/a/M'),
    ).toBeNull();
    mkdirSync(path.join(dir, 'folder'));
    expect(await routes({ file: path.join(dir, 'folder'), contentType: 'video/mp4' }).serve('/preview/a/M')).toBeNull();
    writeFileSync(path.join(dir, 'secret.txt'), 'secret');
    symlinkSync(path.join(dir, 'secret.txt'), path.join(dir, 'link.mp4'));
    expect(
      await routes({ file: path.join(dir, 'link.mp4'), contentType: 'video/mp4' }).serve('/preview/a/M'),
    ).toBeNull();
  });

  it('still refuses a file answer of a type off the allow-list', async () => {
    expect(await routes({ file, contentType: 'text/html' }).serve('/preview/acc/M1')).toBeNull();
  });
});
