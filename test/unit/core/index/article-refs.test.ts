/**
 * Which materials an article uses (electron/core/index/article-refs.ts): the mmbiz key survives every
 * URL variant a picture shows up in, and covers, body pictures and newspic images become tokens.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articleRefs, contentKeys, mmbizKey, parseRef } from '../../../../electron/core/index/article-refs';
import type { NewsArticle } from '../../../../electron/core/wechat/news';

const KEY = 'Q3auHgzwzM5bKoLGgXb1ic7HZxPibEmYWxQ2kia0EYq1Hh9BiaibhGGZsk2w';

const article = (over: Partial<NewsArticle> = {}): NewsArticle => ({
  title: 't',
  author: '',
  digest: '',
  content: '',
  contentSourceUrl: '',
  thumbMediaId: '',
  ...over,
});

describe('mmbizKey', () => {
  it.each([
    `http://mmbiz.qpic.cn/mmbiz_jpg/${KEY}/0?wx_fmt=jpeg`,
    `https://mmbiz.qpic.cn/mmbiz_jpg/${KEY}/0?wx_fmt=jpeg`,
    `https://mmbiz.qpic.cn/mmbiz_jpg/${KEY}/640?wx_fmt=jpeg&from=appmsg`,
    `https://mmbiz.qpic.cn/sz_mmbiz_png/${KEY}/640?wx_fmt=png`,
    `//mmbiz.qpic.cn/mmbiz_gif/${KEY}/0`,
    `https://mmbiz.qlogo.cn/mmbiz/${KEY}/0`,
    `http://mmbiz.qpic.cn/mmbiz_jpg/${KEY}?wx_fmt=jpeg`,
    `http://127.0.0.1:4567/mmbiz_png/${KEY}/0?wx_fmt=png`,
  ])('finds the same key in %s', (url) => {
    expect(mmbizKey(url)).toBe(KEY);
  });

  it('is null for anything else', () => {
    expect(mmbizKey(undefined)).toBeNull();
    expect(mmbizKey('')).toBeNull();
    expect(mmbizKey('https://example.com/a.png')).toBeNull();
    expect(mmbizKey('https://mmbiz.qpic.cn/mmbiz_jpg/short/0')).toBeNull();
  });

  it('any scheme, host, size suffix and query keep the key', () => {
    const id = fc.stringMatching(/^[A-Za-z0-9_-]{16,80}$/);
    const variant = fc.record({
      scheme: fc.constantFrom('http:', 'https:', ''),
      host: fc.constantFrom('mmbiz.qpic.cn', 'mmbiz.qlogo.cn', '127.0.0.1:8080'),
      folder: fc.constantFrom('mmbiz', 'mmbiz_jpg', 'mmbiz_png', 'sz_mmbiz_jpg', 'sz_mmbiz_gif'),
      size: fc.constantFrom('', '/0', '/640', '/300'),
      query: fc.constantFrom('', '?wx_fmt=jpeg', '?wx_fmt=png&from=appmsg', '?tp=webp&wxfrom=5'),
    });
    fc.assert(
      fc.property(id, variant, (k, v) => {
        expect(mmbizKey(`${v.scheme}//${v.host}/${v.folder}/${k}${v.size}${v.query}`)).toBe(k);
      }),
    );
  });
});

describe('contentKeys', () => {
  it('reads src, data-src and background urls, each key once', () => {
    const other = 'OtherKey_1234567890abcdef';
    const html =
      `<p><img src="https://mmbiz.qpic.cn/mmbiz_png/${KEY}/640?wx_fmt=png&amp;from=appmsg"></p>` +
      `<img data-src="http://mmbiz.qpic.cn/mmbiz_png/${KEY}/0?wx_fmt=png">` +
      `<section style="background-image: url(&quot;https://mmbiz.qpic.cn/sz_mmbiz_jpg/${other}/640&quot;)"></section>` +
      `<a href="https://example.com/mmbiz">link</a>`;
    expect(contentKeys(html)).toEqual([KEY, other]);
  });
});

describe('articleRefs', () => {
  it('covers, body pictures and newspic images, per article', () => {
    const refs = articleRefs([
      article({ thumbMediaId: 'COVER_A', content: `<img src="https://mmbiz.qpic.cn/mmbiz_jpg/${KEY}/640">` }),
      article({ articleType: 'newspic', imageMediaIds: ['PIC_1', 'PIC_2'] }),
    ]);
    expect(refs).toEqual(['c0:COVER_A', `i0:${KEY}`, 'p1:PIC_1', 'p1:PIC_2']);
    expect(refs.map(parseRef)).toEqual([
      { role: 'cover', article: 0, value: 'COVER_A' },
      { role: 'content', article: 0, value: KEY },
      { role: 'newspic', article: 1, value: 'PIC_1' },
      { role: 'newspic', article: 1, value: 'PIC_2' },
    ]);
  });

  it('a deleted published article uses nothing; no refs is an empty list, not undefined', () => {
    expect(articleRefs([article({ thumbMediaId: 'X', isDeleted: true })])).toEqual([]);
    expect(articleRefs([article()])).toEqual([]);
  });

  it('keeps tokens within what the index file accepts (electron/core/index/index-file.ts)', () => {
    const many = Array.from({ length: 1500 }, (_, i) => `PIC_${i}`);
    const refs = articleRefs([article({ thumbMediaId: 'x'.repeat(400), imageMediaIds: many })]);
    expect(refs).toHaveLength(1000);
    expect(refs.every((r) => r.length <= 300)).toBe(true);
    expect(refs[0]).toBe('p0:PIC_0');
  });

  it('tokens of an unknown kind read back as null', () => {
    expect(parseRef('z0:abc')).toBeNull();
    expect(parseRef('garbage')).toBeNull();
  });
});
