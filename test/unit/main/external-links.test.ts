import { describe, expect, it, vi } from 'vitest';
import { isSafeExternalUrl, openExternalSafe } from '../../../electron/main/external-links';

describe('external links', () => {
  it.each([
    ['https://mp.weixin.qq.com/s?__biz=abc&mid=1', true],
    ['https://developers.weixin.qq.com/doc/', true],
    ['http://mp.weixin.qq.com/s', false],
    ['https://mp.weixin.qq.com.attacker.com/s', false],
    ['https://user@mp.weixin.qq.com/s', false],
    ['https://evil.example/', false],
    ['file:///etc/passwd', false],
    ['smb://host/share', false],
    ['search-ms:query=x', false],
    ['ms-msdt:/id', false],
    ['javascript:alert(1)', false],
    ['not a url', false],
  ])('%s → %s', (url, ok) => expect(isSafeExternalUrl(url)).toBe(ok));

  it('opens only allowed links', () => {
    const open = vi.fn(() => Promise.resolve());
    expect(openExternalSafe('https://mp.weixin.qq.com/s?x=1', open)).toBe(true);
    expect(openExternalSafe('file:///etc/passwd', open)).toBe(false);
    expect(open).toHaveBeenCalledTimes(1);
    expect(open).toHaveBeenCalledWith('https://mp.weixin.qq.com/s?x=1');
  });
});
