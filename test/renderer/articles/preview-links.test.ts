import { beforeAll, describe, expect, it } from 'vitest';
import { generateJSON } from '@tiptap/core';
import { articleExtensions } from '../../../renderer/src/features/articles/editor/extensions';
import { htmlToDoc } from '../../../renderer/src/features/articles/editor/html-to-doc';
import { cleanPastedHtml } from '../../../renderer/src/features/articles/output/sanitize';
import { buildPreview } from '../../../renderer/src/features/articles/preview/build-preview';
import { safeArticleHtml } from '../../../renderer/src/features/library/article-html';
import { installNodeIteratorShim } from './node-iterator-shim';

// Issue 8 finding 1: a relative link in an article (`temp/..%2f..%2f…`) resolved against the app's own
// origin, and clicking it opened an asset route as a page. In every article view only absolute http(s)
// links stay links (opening outside the app: target=_blank, no opener, no referrer); the rest is text.

beforeAll(installNodeIteratorShim);

const NOT_LINKS = [
  'temp/..%2f..%2ftmp%2fx/M1',
  '/temp/acc/M1',
  './index.html',
  '../x',
  '?q=1',
  '#top',
  '//evil.example/x',
  'app://bundle/temp/acc/M1',
  'APP://bundle/',
  'javascript:alert(1)',
  ' javascript:alert(1)',
  'data:text/html,<script>1</script>',
  'file:///etc/passwd',
  'mailto:a@b.c',
  'https:evil.example',
  'https:\\\\evil.example',
  'ht\ttps://evil.example',
  'https://user:pw@evil.example/',
  '',
];

const html = (href: string) => `<p>before <a href="${href.replace(/"/g, '&quot;')}">the <b>link</b></a> after</p>`;

function rendered(kind: 'phone' | 'library', markup: string): HTMLElement {
  const host = document.createElement('div');
  if (kind === 'phone') host.append(buildPreview(markup, 'acc'));
  else host.innerHTML = safeArticleHtml(markup);
  return host;
}

describe.each(['phone', 'library'] as const)('%s preview links', (kind) => {
  it.each(NOT_LINKS)('turns %j into plain text', (href) => {
    const host = rendered(kind, html(href));
    expect(host.querySelector('a, [href]')).toBeNull();
    expect(host.textContent).toBe('before the link after');
  });

  it.each(['https://mp.weixin.qq.com/s?x=1', 'http://example.com/a b', 'HTTPS://Example.com/'])(
    'keeps %j as a link that opens outside the app',
    (href) => {
      const a = rendered(kind, html(href)).querySelector('a')!;
      expect(a).not.toBeNull();
      expect(a.getAttribute('href')).toBe(new URL(href).href);
      expect(a.getAttribute('target')).toBe('_blank');
      expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    },
  );
});

describe('editor view links', () => {
  // Each text run carries its own link mark; the set of hrefs is what matters.
  const linksOf = (doc: unknown): string[] => [
    ...new Set(
      JSON.stringify(doc)
        .match(/"href":"[^"]*"/g)
        ?.map((m) => m.slice(8, -1)) ?? [],
    ),
  ];

  it.each(NOT_LINKS.filter((h) => h !== 'mailto:a@b.c'))('an opened draft drops %j to text', (href) => {
    expect(cleanPastedHtml(html(href))).not.toMatch(/href=/);
    expect(linksOf(htmlToDoc(html(href)))).toEqual([]);
  });

  it.each(['temp/acc/M1', '/thumb/a/b', 'app://bundle/temp/a/b', '//evil.example/'])(
    'the editor schema itself refuses %j (documents that skip the cleaner, e.g. restored autosaves)',
    (href) => {
      expect(linksOf(generateJSON(html(href), articleExtensions('acc')))).toEqual([]);
    },
  );

  it('keeps absolute http(s) links (and mailto, which the toolbar offers) in the editor', () => {
    expect(linksOf(htmlToDoc(html('https://mp.weixin.qq.com/s?x=1')))).toEqual(['https://mp.weixin.qq.com/s?x=1']);
    expect(linksOf(htmlToDoc(html('mailto:a@b.c')))).toEqual(['mailto:a@b.c']);
  });
});
