/**
 * Electron security checklist, what the page may do (items 5, 12, 13, 14, 15), tested on the pure
 * lockdown functions with fake WebContents and Session objects. main.ts applies them to every
 * web contents ever created ('web-contents-created') and to the default session.
 */
import type { Session } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { isSafeExternalUrl, openExternalSafe } from '../../../../electron/main/external-links';
import { denyAllPermissions, lockDownWebContents } from '../../../../electron/main/lockdown';
import { occurrences } from './source-scan';
import { fakeWebContents } from '../../../fakes/web-contents';

function fakeContents() {
  const { contents, handlers, open } = fakeWebContents();
  const openExternal = vi.fn(() => Promise.resolve());
  lockDownWebContents(contents, openExternal);
  const prevented = (name: string, ...args: unknown[]) => {
    const event = { preventDefault: vi.fn(), url: args[0] };
    handlers.get(name)!(event, ...args);
    return event.preventDefault.mock.calls.length > 0;
  };
  return { open, prevented, openExternal };
}

const FOREIGN = [
  'https://evil.example/',
  'http://127.0.0.1:8080/',
  'file:///etc/passwd',
  'app://bundle.evil/index.html',
  'app://user:pw@bundle/index.html',
  'app://bundle/thumb/acc/MEDIA',
  'app://bundle/index.html?x=1',
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'about:blank',
];

describe('checklist: what the page may do', () => {
  it('item 5: every permission request and check is denied, whatever is asked', () => {
    let request: ((c: unknown, p: string, cb: (ok: boolean) => void) => void) | null = null;
    let check: ((...a: unknown[]) => boolean) | null = null;
    const session = {
      setPermissionRequestHandler: (fn: typeof request) => (request = fn),
      setPermissionCheckHandler: (fn: typeof check) => (check = fn),
    };
    denyAllPermissions(session as unknown as Session);
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
      'fullscreen',
    ]) {
      const cb = vi.fn();
      request!(null, permission, cb);
      expect(cb).toHaveBeenCalledWith(false);
      expect(check!(null, permission, 'app://bundle', {})).toBe(false);
    }
    // Wired where it applies: main.ts locks the default session (the only one the app uses).
    expect(occurrences('electron/main', /denyAllPermissions\(session\.defaultSession\)/)).toEqual({
      'electron/main/main.ts': 1,
    });
    expect(occurrences('electron', /session\.fromPartition|partition\s*:/)).toEqual({});
  });

  it('item 12: a <webview> is never attached, whatever its options', () => {
    const { prevented } = fakeContents();
    expect(prevented('will-attach-webview', {}, { src: 'app://bundle/index.html' })).toBe(true);
  });

  it('item 13: navigation and redirects stay on the app document', () => {
    const { prevented } = fakeContents();
    for (const url of FOREIGN) {
      expect(prevented('will-navigate', url), url).toBe(true);
      expect(prevented('will-redirect', url), url).toBe(true);
      expect(prevented('will-frame-navigate', url), url).toBe(true);
    }
    expect(prevented('will-navigate', 'app://bundle/index.html')).toBe(false);
  });

  it('item 14: no new window is ever created', () => {
    const { open } = fakeContents();
    for (const url of [...FOREIGN, 'app://bundle/index.html', 'https://mp.weixin.qq.com/s/abc']) {
      expect(open(url)).toEqual({ action: 'deny' });
    }
    expect(occurrences('electron/main', /lockDownWebContents\(contents,/)).toEqual({ 'electron/main/main.ts': 1 });
  });

  it('item 15: shell.openExternal sees only https WeChat links, through one call site', () => {
    const { open, openExternal } = fakeContents();
    for (const url of FOREIGN) open(url);
    for (const url of [
      'https://mp.weixin.qq.com.evil.example/',
      'https://x@mp.weixin.qq.com/',
      'http://mp.weixin.qq.com/',
    ]) {
      expect(isSafeExternalUrl(url), url).toBe(false);
      expect(openExternalSafe(url, openExternal), url).toBe(false);
    }
    expect(openExternal).not.toHaveBeenCalled();
    open('https://mp.weixin.qq.com/s/abc');
    expect(openExternal).toHaveBeenCalledExactlyOnceWith('https://mp.weixin.qq.com/s/abc');
    // shell.openExternal is referenced once, handed to the lockdown (which calls it only via openExternalSafe).
    expect(occurrences('electron', /shell\.openExternal\(/)).toEqual({ 'electron/main/main.ts': 1 });
    expect(
      occurrences('electron/main', /lockDownWebContents\(contents, \(url\) => shell\.openExternal\(url\)\)/),
    ).toEqual({
      'electron/main/main.ts': 1,
    });
  });
});
