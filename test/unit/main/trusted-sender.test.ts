import { describe, expect, it } from 'vitest';
import { isTrustedSender } from '../../../electron/main/trusted-sender';
import { isAppUrl } from '../../../electron/main/app-origin';

const mainFrame = { url: 'app://bundle/index.html' };
const trusted = new Set([7]);

describe('isAppUrl', () => {
  it.each([
    ['app://bundle/index.html', true],
    ['app://bundle/', true],
    ['app://bundle.evil/index.html', false],
    ['app://evil/bundle', false],
    ['app://user:pw@bundle/', false],
    ['https://bundle/', false],
    ['file:///etc/passwd', false],
    ['javascript:alert(1)', false],
    ['data:text/html,hi', false],
    ['https://mp.weixin.qq.com.attacker.com', false],
    ['not a url', false],
  ])('%s → %s', (url, expected) => expect(isAppUrl(url)).toBe(expected));
});

describe('isTrustedSender', () => {
  it('accepts the main frame of a trusted window on the app origin', () => {
    expect(isTrustedSender({ senderFrame: mainFrame, sender: { id: 7, mainFrame } }, trusted)).toBe(true);
  });
  it('refuses a null frame, a subframe, an unknown window and a foreign origin', () => {
    expect(isTrustedSender({ senderFrame: null, sender: { id: 7, mainFrame } }, trusted)).toBe(false);
    const sub = { url: 'app://bundle/index.html' };
    expect(isTrustedSender({ senderFrame: sub, sender: { id: 7, mainFrame } }, trusted)).toBe(false);
    expect(isTrustedSender({ senderFrame: mainFrame, sender: { id: 8, mainFrame } }, trusted)).toBe(false);
    const evil = { url: 'https://evil.example/' };
    expect(isTrustedSender({ senderFrame: evil, sender: { id: 7, mainFrame: evil } }, trusted)).toBe(false);
  });
  it('refuses a disposed frame whose properties throw', () => {
    const disposed = {
      get url(): string {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
    };
    expect(isTrustedSender({ senderFrame: disposed, sender: { id: 7, mainFrame: disposed } }, trusted)).toBe(false);
  });
});
