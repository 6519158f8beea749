import type { JSONContent } from '@tiptap/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { htmlToDoc } from '../../../renderer/src/features/articles/editor/html-to-doc';
import { toWeChatHtml, toMarkedHtml } from '../../../renderer/src/features/articles/output/to-wechat-html';
import { normalizeColor, renameStyleAttrs } from '../../../renderer/src/features/articles/output/wx-styles';
import { installNodeIteratorShim } from './node-iterator-shim';

beforeAll(installNodeIteratorShim);

const HOSTS = ['mmbiz.qpic.cn', '127.0.0.1:4000'];
const OK_IMG = 'http://mmbiz.qpic.cn/mmbiz_png/abc/0?wx_fmt=png';
const p = (...content: JSONContent[]): JSONContent => ({ type: 'paragraph', content });
const text = (t: string, marks?: JSONContent['marks']): JSONContent => ({
  type: 'text',
  text: t,
  ...(marks ? { marks } : {}),
});
const doc = (...content: JSONContent[]): JSONContent => ({ type: 'doc', content });

/** Pasted/opened HTML through the editor schema, then out: the real path of any HTML into a draft. */
const roundTrip = (html: string) => toWeChatHtml(htmlToDoc(html), HOSTS);

describe('toWeChatHtml', () => {
  it('writes formatting as allowed tags with inline styles', () => {
    const html = toWeChatHtml(
      doc(
        { type: 'heading', attrs: { level: 2, textAlign: 'center' }, content: [text('标题')] },
        p(text('粗', [{ type: 'bold' }]), text('红', [{ type: 'textStyle', attrs: { color: 'rgb(208, 2, 27)' } }])),
        { type: 'bulletList', content: [{ type: 'listItem', content: [p(text('一'))] }] },
        { type: 'blockquote', content: [p(text('引'))] },
        { type: 'horizontalRule' },
        { type: 'image', attrs: { src: OK_IMG, alt: 'a"b' } },
        p(text('链接', [{ type: 'link', attrs: { href: 'https://example.com/?a=1&b=2' } }])),
        p(),
        p(),
      ),
      HOSTS,
    );
    expect(html).toContain(
      '<h2 style="margin: 1.2em 0 0.6em; font-size: 20px; font-weight: bold; line-height: 1.4; text-align: center">标题</h2>',
    );
    expect(html).toContain('<strong>粗</strong><span style="color: #d0021b">红</span>');
    expect(html).toContain('<ul style=');
    expect(html).toContain('<li style="margin-bottom: 0.3em; line-height: 1.75">一</li>');
    expect(html).toContain('<blockquote style=');
    expect(html).toContain('<hr style=');
    expect(html).toContain(
      `<img style="max-width: 100%; height: auto; display: block; margin: 0 auto 1em" src="${OK_IMG.replace(/&/g, '&amp;')}" alt="a&quot;b">`,
    );
    expect(html).toContain('href="https://example.com/?a=1&amp;b=2"');
    expect(html).not.toContain('class=');
    expect(html.endsWith('</p>')).toBe(true);
    expect(html.match(/<p /g)).toHaveLength(3); // text, quote, link: the trailing empty ones are dropped
  });

  it('is pure: the same document gives the same string', () => {
    const d = doc(p(text('x')));
    expect(toWeChatHtml(d, HOSTS)).toBe(toWeChatHtml(structuredClone(d), HOSTS));
  });

  it('escapes text that looks like markup, and drops bad attributes from a hostile document', () => {
    const html = toWeChatHtml(
      doc(
        p(text('<script>alert(1)</script> <p class="wx-p">x</p>')),
        p(text('js', [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }])),
        p(text('c', [{ type: 'textStyle', attrs: { color: 'red; background: url(x)' } }])),
        { type: 'image', attrs: { src: 'data:image/png;base64,AAAA' } },
        { type: 'image', attrs: { src: 'https://evil.example/x.png" onerror="alert(1)' } },
        { type: 'heading', attrs: { level: 2, textAlign: 'center;position:fixed' }, content: [text('h')] },
        { type: 'iframe', content: [text('inner text kept')] },
      ),
      HOSTS,
    );
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &lt;p class="wx-p"&gt;x&lt;/p&gt;');
    expect(html).not.toMatch(/<script|javascript:|data:|onerror|evil\.example|url\(|position/i);
    expect(html).toContain('<p style="margin: 0 0 1em; line-height: 1.75; font-size: 16px; color: #333333">js</p>');
    expect(html).toContain('inner text kept');
  });

  it('cleans tricky pasted HTML: scripts, handlers, javascript: links, data: and foreign images', () => {
    const html = roundTrip(
      `<p onclick="steal()">点<b onmouseover="x()">我</b><script>alert(1)</script></p>
       <a href="javascript:alert(1)">坏链接</a> <a href="https://ok.example/">好链接</a>
       <img src="data:image/png;base64,iVBORw0KGgo="> <img src="https://evil.example/a.png"> <img src="${OK_IMG}" onerror="x()">
       <table><tr><td>外<table><tr><td>内层表格</td></tr></table></td></tr></table>
       <style>p{color:red}</style><iframe src="https://evil.example"></iframe>
       <p style="position: fixed; text-align: right"><span style="color: rgb(0, 128, 0); position: absolute">绿色右对齐</span></p>`,
    );
    expect(html).not.toMatch(
      /<script|<style|<iframe|onclick|onmouseover|onerror|javascript:|data:|evil\.example|position/i,
    );
    // Tables are part of the schema now (Markdown tables); a nested one keeps its text.
    expect(html).toContain('<strong>我</strong>');
    expect(html).toContain('href="https://ok.example/"');
    expect(html).toContain('内层表格');
    expect(html).toContain('text-align: right');
    expect(html).toContain('<span style="color: #008000">绿色右对齐</span>');
    expect([...html.matchAll(/<img[^>]*src="([^"]+)"/g)].map((m) => m[1])).toEqual([OK_IMG.replace(/&/g, '&amp;')]);
  });

  it('reads back its own output (an opened draft keeps colours, alignment and images)', () => {
    const first = toWeChatHtml(
      doc(
        {
          type: 'paragraph',
          attrs: { textAlign: 'center' },
          content: [text('红', [{ type: 'textStyle', attrs: { color: '#d0021b' } }])],
        },
        { type: 'image', attrs: { src: OK_IMG } },
      ),
      HOSTS,
    );
    expect(roundTrip(first)).toBe(first);
  });

  it('the marked form (for the preview) has no style attributes at all', () => {
    expect(toMarkedHtml(doc(p(text('x'))), HOSTS)).toBe('<p class="wx-p">x</p>');
  });

  it('normalises colours and renames style attributes before parsing', () => {
    expect(normalizeColor('#ABC')).toBe('#aabbcc');
    expect(normalizeColor('rgba(1, 2, 3, 0.5)')).toBe('#010203');
    expect(normalizeColor('red')).toBeNull();
    expect(renameStyleAttrs('<p style="a">x style="b"</p><span\nstyle=\'c\'>')).toBe(
      '<p data-wxstyle="a">x style="b"</p><span\ndata-wxstyle=\'c\'>',
    );
  });
});
