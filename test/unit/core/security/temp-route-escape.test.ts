import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCore, type Core } from '../../../../electron/core/app-core';
import { MemorySecretStore } from '../../../../electron/core/accounts/secret-store';
import { createAppProtocolHandler } from '../../../../electron/main/app-protocol';
import { EventStream } from '../../../../electron/web/event-stream';
import { SessionGate } from '../../../../electron/web/session-gate';
import { WebDownloadTarget } from '../../../../electron/web/web-download-target';
import { startWebServer } from '../../../../electron/web/web-server';

// Issue 8 finding 1: `/temp/..%2f..%2f<dir>%2fx/M1` made the temp route open `<dir>/x.temp.json`,
// a ledger planted outside the data folder, and serve whatever file it named, as text/html, from the
// app's own origin. These tests plant exactly that and drive the real core through both transports.

// Every file read or opened in the process goes through this spy (asset routes stream from an open
// handle, electron/core/assets.ts), so "nothing outside the data folder was read" is checked, not assumed.
const reads = vi.hoisted(() => [] as string[]);
vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  const readFile = ((file: unknown, ...rest: unknown[]) => {
    reads.push(String(file));
    return (real.readFile as (...a: unknown[]) => unknown)(file, ...rest);
  }) as typeof real.readFile;
  const open = ((file: unknown, ...rest: unknown[]) => {
    reads.push(String(file));
    return (real.open as (...a: unknown[]) => unknown)(file, ...rest);
  }) as typeof real.open;
  return { ...real, default: { ...real, readFile, open }, readFile, open };
});

const MARKER = 'PLANTED-PAGE-MARKER';
const planted = mkdtempSync(path.join(os.tmpdir(), 'planted-'));
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'asset-data-'));
const staticDir = mkdtempSync(path.join(os.tmpdir(), 'asset-static-'));
writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><p>app</p>');
const page = path.join(planted, 'page.html');
writeFileSync(page, `<!doctype html><script src="x.js"></script><p>${MARKER}</p>`);
const ledgerRow = (mediaId: string) => ({
  mediaId,
  type: 'image',
  name: 'x',
  createdAt: 0,
  expiresAt: 9e15,
  source: 'fetched',
});
writeFileSync(
  path.join(planted, 'x.temp.json'),
  JSON.stringify([{ ...ledgerRow('M1'), cache: { path: page, contentType: 'text/html', bytes: 10, sha256: '' } }]),
);

/** A temp picture as TempMediaService records it: the ledger row and its cached copy in the data folder. */
function plantOwnTempPicture(accountId: string, mediaId: string, contentType = 'image/png'): string {
  const cacheDir = path.join(dataDir, 'uploads', 'temp-cache', accountId);
  mkdirSync(cacheDir, { recursive: true });
  const cached = path.join(cacheDir, `${mediaId}.bin`);
  writeFileSync(cached, contentType === 'image/png' ? PNG_BYTES : `<!doctype html><p>${MARKER}</p>`);
  writeFileSync(
    path.join(dataDir, 'uploads', `${accountId}.temp.json`),
    JSON.stringify([{ ...ledgerRow(mediaId), cache: { path: cached, contentType, bytes: 1, sha256: '' } }]),
  );
  return `/temp/${accountId}/${mediaId}`;
}
const PNG_BYTES = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');

/** `uploads/<account>.temp.json` with this account resolves to the planted ledger. */
const escapingAccount = path.relative(path.join(dataDir, 'uploads'), path.join(planted, 'x'));
const attackPath = `/temp/${encodeURIComponent(escapingAccount)}/M1`;

let core: Core;
beforeAll(async () => {
  core = await createCore({
    mode: 'web',
    version: 'test',
    dataDir,
    persistAccounts: false,
    secrets: new MemorySecretStore(),
    downloads: { chooseFolder: () => Promise.resolve(null), finish: (f) => ({ kind: 'saved', ...f }) },
    emit: () => undefined,
    demo: false,
  });
});
afterAll(() => core.close());
beforeEach(() => {
  reads.length = 0;
});

const readsOutsideDataDir = () => reads.filter((f) => f.startsWith(planted));

describe('the temp route cannot leave the data folder', () => {
  it('a ledger row inside the data folder that names an HTML file is still not served', async () => {
    const pathname = plantOwnTempPicture('acc_html', 'H1', 'text/html');
    expect(await core.assets.serve(pathname)).toBeNull();
    // Control: the same row typed as a picture is served.
    expect(await core.assets.serve(plantOwnTempPicture('acc_png', 'H2'))).not.toBeNull();
  });

  it('the attack path really spells an encoded traversal to the planted ledger', () => {
    expect(attackPath).toMatch(/^\/temp\/(\.\.%2F)+planted-[^/]+%2Fx\/M1$/);
  });

  it('core.assets.serve answers 404 and reads nothing planted', async () => {
    expect(await core.assets.serve(attackPath)).toBeNull();
    expect(readsOutsideDataDir()).toEqual([]);
  });

  it('the desktop app:// handler answers 404 and reads nothing planted', async () => {
    const handle = createAppProtocolHandler(staticDir, core.assets);
    const res = await handle(new Request(`app://bundle${attackPath}`));
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain(MARKER);
    expect(readsOutsideDataDir()).toEqual([]);
  });

  it('the browser-mode server answers 404 and reads nothing planted', async () => {
    const gate = new SessionGate();
    const server = await startWebServer({
      core,
      gate,
      events: new EventStream(),
      downloads: new WebDownloadTarget(mkdtempSync(path.join(os.tmpdir(), 'asset-dl-')), gate),
      staticDir,
    });
    try {
      const base = `http://127.0.0.1:${server.port}`;
      const login = await fetch(`${base}/?t=${gate.issueToken()}`, { redirect: 'manual' });
      const cookie = login.headers.get('set-cookie')!.split(';')[0];
      // Asset URLs are signed by the session (electron/web/session-gate.ts); sign ours like the renderer does.
      const get = (pathname: string) => fetch(`${base}${pathname}?${gate.signPath(pathname)}`, { headers: { cookie } });
      // Control: a real cached temp picture of a real account is served through the same route.
      const ok = await get(plantOwnTempPicture('acc_ok', 'P1'));
      expect(ok.status).toBe(200);
      expect(ok.headers.get('content-type')).toBe('image/png');
      expect(ok.headers.get('x-content-type-options')).toBe('nosniff');
      reads.length = 0;
      const res = await get(attackPath);
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type') ?? '').not.toMatch(/html/);
      expect(await res.text()).not.toContain(MARKER);
      expect(readsOutsideDataDir()).toEqual([]);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe("asset files are only the app's own cached copies", () => {
  const png = (dir: string, name: string) => {
    writeFileSync(path.join(dir, name), Buffer.concat([PNG_BYTES, Buffer.from(MARKER)]));
    return path.join(dir, name);
  };

  it('a temp ledger row naming a file outside its cache folder is not served', async () => {
    const cacheDir = path.join(dataDir, 'uploads', 'temp-cache', 'acc_p');
    mkdirSync(cacheDir, { recursive: true });
    const outside = png(planted, 'pic.png');
    writeFileSync(
      path.join(dataDir, 'uploads', 'acc_p.temp.json'),
      JSON.stringify([
        { ...ledgerRow('P1'), cache: { path: outside, contentType: 'image/png', bytes: 1, sha256: '' } },
      ]),
    );
    expect(await core.assets.serve('/temp/acc_p/P1')).toBeNull();
    expect(readsOutsideDataDir()).toEqual([]);
  });

  it('a temp cache folder that is a symlink out of the data folder is not followed', async () => {
    mkdirSync(path.join(dataDir, 'uploads', 'temp-cache'), { recursive: true });
    symlinkSync(planted, path.join(dataDir, 'uploads', 'temp-cache', 'acc_s'));
    png(planted, 'S1.png');
    const recorded = path.join(dataDir, 'uploads', 'temp-cache', 'acc_s', 'S1.png');
    writeFileSync(
      path.join(dataDir, 'uploads', 'acc_s.temp.json'),
      JSON.stringify([
        { ...ledgerRow('S1'), cache: { path: recorded, contentType: 'image/png', bytes: 1, sha256: '' } },
      ]),
    );
    expect(await core.assets.serve('/temp/acc_s/S1')).toBeNull();
    expect(readsOutsideDataDir()).toEqual([]);
  });

  it('a thumbnail cache folder that is a symlink out of the data folder is not followed', async () => {
    mkdirSync(path.join(dataDir, 'thumbs'), { recursive: true });
    symlinkSync(planted, path.join(dataDir, 'thumbs', 'acc_t'));
    // The cache file name ThumbService derives for (acc_t, T1): a hash of both ids.
    png(planted, `${createHash('sha256').update('acc_t\nT1').digest('hex').slice(0, 40)}.thumb`);
    expect(await core.assets.serve('/thumb/acc_t/T1')).toBeNull();
    expect(readsOutsideDataDir()).toEqual([]);
  });
});
