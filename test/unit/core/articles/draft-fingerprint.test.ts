/**
 * The fingerprint must survive what WeChat does to a stored body (the emulator's sanitizer,
 * electron/emulator/html-sanitize.ts, stands in for it) and still tell different articles apart.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  draftMatches,
  fingerprintOfInput,
  headerMatches,
  normalisedText,
} from '../../../../electron/core/articles/draft-fingerprint';
import { sanitizeContent } from '../../../../electron/emulator/html-sanitize';
import type { NewsArticle } from '../../../../electron/core/wechat/client';

const BASE = 'http://127.0.0.1:9';
const text = fc.string({ unit: fc.constantFrom('字', 'a', 'B', '1', ' ', '\n', '&amp;', '&lt;', '&nbsp;', '。') });
const piece = fc.oneof(
  text,
  text.map((t) => `<p style="color: #333">${t}</p>`),
  text.map((t) => `<section onclick="x()"><b>${t}</b></section>`),
  fc.constant('<img src="https://example.com/a.png">'),
  fc.constant(`<img src="${BASE}/mmbiz_png/abc">`),
  fc.constant('<a href="javascript:alert(1)">链接</a>'),
  fc.constant('<script>alert("x")</script>'),
  fc.constant('<p><br></p>\n  '),
);
const html = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(''));

const stored = (over: Partial<NewsArticle>): NewsArticle => ({
  title: 'T',
  author: '',
  digest: '',
  content: '<p>正文</p>',
  contentSourceUrl: '',
  thumbMediaId: 'thumb',
  ...over,
});

describe('draft fingerprint', () => {
  it('the visible text survives the sanitizer', () => {
    fc.assert(
      fc.property(html, (h) => {
        expect(normalisedText(sanitizeContent(h, BASE))).toBe(normalisedText(h));
      }),
    );
  });

  it('ignores re-wrapping and entities, not the words', () => {
    expect(normalisedText('<p>春天 的花</p>\n<p>&nbsp;夏天&amp;雨</p>')).toBe('春天的花夏天&雨');
    expect(normalisedText('<p>春天的花</p>')).not.toBe(normalisedText('<p>春天的草</p>'));
  });

  it('matches titles, covers, the digest only when sent, and the text', () => {
    const sent = fingerprintOfInput([{ title: 'T', content: '<p>正文</p>', thumbMediaId: 'thumb' }]);
    // WeChat writes its own digest when none was sent.
    expect(draftMatches(sent, [stored({ digest: '正文', content: '<p style="x">正文</p>\n' })])).toBe(true);
    expect(draftMatches(sent, [stored({ content: '<p>别的</p>' })])).toBe(false);
    expect(headerMatches(sent, [stored({ thumbMediaId: 'other' })])).toBe(false);
    expect(headerMatches(sent, [stored({}), stored({})])).toBe(false);
    const withDigest = fingerprintOfInput([
      { title: 'T', digest: '摘要', content: '<p>正文</p>', thumbMediaId: 'thumb' },
    ]);
    expect(headerMatches(withDigest, [stored({ digest: '别的摘要' })])).toBe(false);
    expect(headerMatches(withDigest, [stored({ digest: '摘要' })])).toBe(true);
  });
});
