import { describe, expect, it, vi } from 'vitest';
import { isAppDocumentUrl } from '../../../electron/main/app-origin';
import { lockDownWebContents } from '../../../electron/main/lockdown';
import { fakeWebContents } from '../../fakes/web-contents';

describe('lockDownWebContents', () => {
  it('denies every popup and hands only allowed WeChat links to the system browser', () => {
    const { contents, open } = fakeWebContents();
    const openExternal = vi.fn(() => Promise.resolve());
    lockDownWebContents(contents, openExternal);
    expect(open('https://mp.weixin.qq.com/s?x=1')).toEqual({ action: 'deny' });
    expect(open('https://evil.example/')).toEqual({ action: 'deny' });
    expect(open('file:///etc/passwd')).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledTimes(1);
  });

  it('prevents navigation and redirects away from the app, and every webview', () => {
    const { contents, handlers } = fakeWebContents();
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

describe('navigation stays on the app document (issue 8 finding 1)', () => {
  const ALLOWED = ['app://bundle/', 'app://bundle', 'app://bundle/index.html', 'app://bundle/index.html#top'];
  const REFUSED = [
    'app://bundle/temp/..%2f..%2ftmp%2fx/M1',
    'app://bundle/thumb/acc/M1',
    'app://bundle/preview/acc/M1',
    'app://bundle/artimg/acc/aGk',
    'app://bundle/assets/app.js',
    'app://bundle/page.html',
    'app://bundle/index.html/',
    'app://bundle/index.html?x=1',
    'app://bundle/?next=/temp/a/b',
    'app://bundle/%69ndex.html',
    'app://bundle//index.html',
    'app://bundle/index.html%2f..%2ftemp',
    'app://bundle/x/../temp/a/b',
    'app://user@bundle/index.html',
    'app://bundle.evil/index.html',
    'app://BUNDLE.evil/',
    'https://evil.example/',
    'file:///tmp/x.html',
    'javascript:alert(1)',
    'not a url',
  ];

  function navigate(name: string, url: string) {
    const { contents, handlers } = fakeWebContents();
    lockDownWebContents(contents, () => Promise.resolve());
    const event = { preventDefault: vi.fn(), url };
    handlers.get(name)!(event, url);
    return event.preventDefault.mock.calls.length === 0;
  }

  it.each(['will-navigate', 'will-redirect', 'will-frame-navigate'])('%s allows only the app document', (name) => {
    for (const url of ALLOWED) expect(navigate(name, url), url).toBe(true);
    for (const url of REFUSED) expect(navigate(name, url), url).toBe(false);
  });

  it('isAppDocumentUrl agrees with the handlers', () => {
    for (const url of ALLOWED) expect(isAppDocumentUrl(url), url).toBe(true);
    for (const url of REFUSED) expect(isAppDocumentUrl(url), url).toBe(false);
  });
});
