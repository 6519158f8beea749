/**
 * Electron security checklist, what the window loads (items 1, 7, 18). Item 1 (only secure content)
 * holds because no remote content is loaded at all: the one window loads app://bundle/index.html,
 * the bundle references no remote script, style or frame, and the CSP forbids every remote host.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AssetRoutes } from '../../../../electron/core/assets';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '../../../../electron/core/security/csp';
import { APP_ENTRY } from '../../../../electron/main/app-origin';
import { createAppProtocolHandler } from '../../../../electron/main/app-protocol';
import { occurrences, REPO } from './source-scan';

const directives = new Map(
  CONTENT_SECURITY_POLICY.split(';').map((d) => {
    const [name = '', ...values] = d.trim().split(/\s+/);
    return [name, values] as const;
  }),
);

/** The page the window shows: the built bundle when present (npm test builds first), else the source. */
function bundleHtml(): { file: string; html: string }[] {
  const dist = path.join(REPO, process.env.SUCAIDESK_OUT ?? 'dist', 'renderer');
  const files = existsSync(dist)
    ? readdirSync(dist, { recursive: true })
        .map(String)
        .filter((f) => /\.(html|js|css)$/.test(f))
        .map((f) => path.join(dist, f))
    : [path.join(REPO, 'renderer', 'index.html')];
  return files.map((file) => ({ file, html: readFileSync(file, 'utf8') }));
}

describe('checklist: what the window loads', () => {
  it('item 1: only our own bundle is loaded; nothing remote is referenced', () => {
    expect(APP_ENTRY).toBe('app://bundle/index.html');
    expect(occurrences('electron/main', /loadURL\(/)).toEqual({ 'electron/main/main.ts': 1 });
    expect(occurrences('electron/main', /loadURL\(APP_ENTRY\)/)).toEqual({ 'electron/main/main.ts': 1 });
    for (const { file, html } of bundleHtml()) {
      expect(html, file).not.toMatch(/<(script|link|iframe|img)[^>]+(src|href)=["']?(https?:)?\/\//i);
      expect(html, file).not.toMatch(/@import\s+(url\()?["']?(https?:)?\/\//i);
    }
  });

  it('item 7: a strict CSP: nothing inline, no eval, no remote host, no frames', () => {
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('frame-src')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    for (const [name, values] of directives) {
      for (const v of values) expect(`${name} ${v}`).toMatch(/ ('self'|'none'|blob:)$/);
    }
  });

  it('item 7: every app:// response carries the CSP header (pages, assets and 404s alike)', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'checklist-app-'));
    writeFileSync(path.join(dir, 'index.html'), '<!doctype html>');
    const assets = new AssetRoutes();
    const handle = createAppProtocolHandler(dir, assets);
    for (const url of [
      APP_ENTRY,
      'app://bundle/missing.js',
      'app://bundle/../../etc/passwd',
      'app://other/index.html',
    ]) {
      const res = await handle(new Request(url));
      expect(res.headers.get('content-security-policy'), url).toBe(CONTENT_SECURITY_POLICY);
      expect(res.headers.get('x-content-type-options'), url).toBe(SECURITY_HEADERS['X-Content-Type-Options']);
    }
  });

  it('item 18: no file:// — the renderer is served by the app:// protocol handler only', () => {
    expect(occurrences('electron', /\bloadFile\(|['"`]file:\/\/|registerFileProtocol|interceptFileProtocol/)).toEqual(
      {},
    );
    expect(occurrences('electron/main', /protocol\.handle\(APP_SCHEME/)).toEqual({ 'electron/main/main.ts': 1 });
  });
});
