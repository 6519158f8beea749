import { describe, expect, it, vi } from 'vitest';
import type { WebContents } from 'electron';
import { lockDownWebContents } from '../../../electron/main/lockdown';

function fakeContents() {
  const handlers = new Map<string, (...args: unknown[]) => void>();
  let openHandler: ((d: { url: string }) => { action: string }) | null = null;
  const contents = {
    setWindowOpenHandler: (fn: typeof openHandler) => (openHandler = fn),
    on: (name: string, fn: (...args: unknown[]) => void) => handlers.set(name, fn),
  };
  return { contents: contents as unknown as WebContents, handlers, open: (url: string) => openHandler!({ url }) };
}

describe('lockDownWebContents', () => {
  it('denies every popup and hands only allowed WeChat links to the system browser', () => {
    const { contents, open } = fakeContents();
    const openExternal = vi.fn(() => Promise.resolve());
    lockDownWebContents(contents, openExternal);
    expect(open('https://mp.weixin.qq.com/s?x=1')).toEqual({ action: 'deny' });
    expect(open('https://evil.example/')).toEqual({ action: 'deny' });
    expect(open('file:///etc/passwd')).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledTimes(1);
  });

  it('prevents navigation and redirects away from the app, and every webview', () => {
    const { contents, handlers } = fakeContents();
    lockDownWebContents(contents, () => Promise.resolve());
    const event = () => ({ preventDefault: vi.fn() });
    const away = event();
    handlers.get('will-navigate')!(away, 'https://evil.example/');
    expect(away.preventDefault).toHaveBeenCalled();
    const home = event();
    handlers.get('will-navigate')!(home, 'app://bundle/index.html');
    expect(home.preventDefault).not.toHaveBeenCalled();
    const redirect = event();
    handlers.get('will-redirect')!(redirect, 'file:///etc/passwd');
    expect(redirect.preventDefault).toHaveBeenCalled();
    const frame = { ...event(), url: 'https://evil.example/' };
    handlers.get('will-frame-navigate')!(frame);
    expect(frame.preventDefault).toHaveBeenCalled();
    const webview = event();
    handlers.get('will-attach-webview')!(webview);
    expect(webview.preventDefault).toHaveBeenCalled();
  });
});
