import type { JSONContent } from '@tiptap/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { htmlToDoc } from '../../../renderer/src/features/articles/editor/html-to-doc';
import { docToMarkdown } from '../../../renderer/src/features/articles/markdown/doc-to-md';
import { markdownToDoc } from '../../../renderer/src/features/articles/markdown/md-to-doc';
import { toMarkedHtml } from '../../../renderer/src/features/articles/output/to-wechat-html';
import { installNodeIteratorShim } from './node-iterator-shim';

beforeAll(installNodeIteratorShim);

const HOSTS = ['mmbiz.qpic.cn'];
const IMG = 'http://mmbiz.qpic.cn/mmbiz_png/abc/0?wx_fmt=png';

const EVERYTHING = `# 标题 *一*

Some **bold**, *italic*, ~~gone~~, \`code\`, a [link](https://example.com/a?b=1) and $E=mc^2$ inline.\\
After a hard break: 5 \\* 3 \\# \\[x\\] \\_y\\_ \\$4 \\| \\<b\\>.

## Lists

- one
- two
  - nested **b**
  - nested 2
- three

3. three
4. four

- [ ] todo
- [x] done

> quoted
>
> - in a list

### Code and math

\`\`\`ts
const a = 1;
if (a < 2) console.log('<b>');
\`\`\`

$$
\\int_0^1 x\\,dx
$$

| Name | Count | Note |
| :---: | ---: | --- |
| a | 1 | x |
| b \\| c | 2 | *y* |

---

![一张图](${IMG})

Last paragraph.
`;

/** Drops attributes equal to their defaults' absence, so docs from two paths compare by content. */
const docOf = (md: string): JSONContent => markdownToDoc(md, '注释');

describe('Markdown in', () => {
  it('reads every construct into the editor schema', () => {
    const doc = docOf(EVERYTHING);
    const types = new Set<string>();
    const walk = (n: JSONContent) => {
      if (n.type) types.add(n.type);
      n.content?.forEach(walk);
    };
    walk(doc);
    for (const t of [
      'heading',
      'bulletList',
      'orderedList',
      'taskList',
      'taskItem',
      'blockquote',
      'codeBlock',
      'mathInline',
      'mathBlock',
      'table',
      'tableHeader',
      'tableCell',
      'horizontalRule',
      'image',
      'hardBreak',
    ])
      expect(types, t).toContain(t);
    const marked = toMarkedHtml(doc, HOSTS);
    expect(marked).toContain('<pre class="wx-pre"><code class="wx-code" data-lang="ts">const a = 1;\nif (a &lt; 2)');
    expect(marked).toContain('<span class="wx-math" data-tex="E=mc^2"></span>');
    expect(marked).toContain('<p class="wx-math-block" data-tex="\\int_0^1 x\\,dx"></p>');
    expect(marked).toContain('<th class="wx-th wx-al-center">Name</th>');
    expect(marked).toContain('<td class="wx-td wx-al-right">1</td>');
    expect(marked).toContain('<li class="wx-li wx-task" data-checked="true">done</li>');
    expect(marked).toContain('<code class="wx-codespan">code</code>');
    expect(marked).toContain(`<img class="wx-img" src="${IMG}" alt="一张图">`);
  });

  it('turns footnotes into [n] references and a notes list at the end', () => {
    const doc = docOf('Text[^1] more.\n\n[^1]: The note.\n');
    const marked = toMarkedHtml(doc, HOSTS);
    expect(marked).toContain('Text[1] more.');
    expect(marked).toMatch(
      /<h3 class="wx-h3">注释<\/h3><ol class="wx-ol"><li class="wx-li">The note\.\s*<\/li><\/ol>$/,
    );
  });

  it('keeps raw HTML as text', () => {
    const marked = toMarkedHtml(docOf('<script>alert(1)</script> <b>x</b>'), HOSTS);
    expect(marked).not.toContain('<script');
    expect(marked).toContain('&lt;b&gt;x&lt;/b&gt;');
  });
});

describe('source view round trip', () => {
  it('doc → Markdown → doc is the same document', () => {
    const doc = docOf(EVERYTHING);
    const md = docToMarkdown(doc);
    expect(docOf(md)).toEqual(doc);
    // And the Markdown is stable from then on.
    expect(docToMarkdown(docOf(md))).toBe(md);
  });

  it('the saved source (marked HTML) reopens as the same document', () => {
    const doc = docOf(EVERYTHING);
    expect(htmlToDoc(toMarkedHtml(doc, HOSTS))).toEqual(doc);
  });
});

describe('local images of a Markdown file', () => {
  const file = (name: string) => new File([new Uint8Array([1])], name, { type: 'image/png' });

  it('matches a relative path among the picked files by its tail, then by name', async () => {
    const { matchLocalFile, isLocalSrc } =
      await import('../../../renderer/src/features/articles/markdown/local-images');
    const files = [file('one.png'), file('two.png')];
    expect(matchLocalFile('images/one.png', files)?.name).toBe('one.png');
    expect(matchLocalFile('./two.png', files)?.name).toBe('two.png');
    expect(matchLocalFile('../pics/TWO.PNG', files)?.name).toBe('two.png');
    expect(matchLocalFile('three.png', files)).toBeNull();
    expect(isLocalSrc('images/one.png')).toBe(true);
    expect(isLocalSrc(IMG)).toBe(false);
    expect(isLocalSrc('data:image/png;base64,AAAA')).toBe(false);
  });

  it('marks matched pictures pending (one upload per path) and the others missing', async () => {
    const { prepareLocalImages, missingPaths } =
      await import('../../../renderer/src/features/articles/markdown/local-images');
    const doc = docOf(`![a](one.png)\n\n![b](one.png)\n\n![c](gone.png)\n\n![d](${IMG})\n`);
    const { doc: prepared, uploads } = prepareLocalImages(doc, [file('one.png')]);
    expect(uploads.map((u) => u.path)).toEqual(['one.png']);
    const statuses = (prepared.content ?? []).map((n): unknown[] => [n.attrs?.src, n.attrs?.status ?? null]);
    expect(statuses).toEqual([
      [uploads[0]?.placeholder, 'pending'],
      [uploads[0]?.placeholder, 'pending'],
      ['gone.png', 'missing'],
      [IMG, null],
    ]);
    expect(missingPaths(prepared)).toEqual(['gone.png']);
  });
});
