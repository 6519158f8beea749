/** The whole render path with the real juice, highlight.js and MathJax (electron/core/article-render/). */
import { load } from 'cheerio/slim';
import { describe, expect, it } from 'vitest';
import { ARTICLE_THEMES } from '../../../../electron/shared/article-themes';
import { FOOTNOTES_TITLE } from '../../../../electron/core/article-render/footnote-links';
import { renderArticle } from '../../../../electron/core/article-render/render-article';
import { cleanSvg } from '../../../../electron/core/article-render/render-math';
import { CODE_SOURCE, escapeHtml, everyConstruct } from './sample-article';

/** Visible text of rendered code: `<br>` is a line break and a no-break space a space again. */
function codeText(html: string): string[] {
  const $ = load(html.replace(/<br\s*\/?>/g, '\n'), null, false);
  return $('pre')
    .toArray()
    .map((pre) =>
      $(pre)
        .text()
        .replace(/\u00a0/g, ' '),
    );
}

describe('renderArticle', () => {
  it.each(ARTICLE_THEMES)('%s: inline styles only, no class, data-*, <style> or <script>', (theme) => {
    const { html } = renderArticle(everyConstruct(), theme);
    expect(html).not.toMatch(/\sclass=/);
    expect(html).not.toMatch(/\sdata-[a-z]/);
    expect(html).not.toMatch(/<style|<script/i);
    const $ = load(html, null, false);
    for (const tag of [
      'h1',
      'h2',
      'h3',
      'p',
      'blockquote',
      'ul',
      'ol',
      'li',
      'pre',
      'code',
      'table',
      'th',
      'td',
      'hr',
      'img',
      'sup',
    ]) {
      expect($(tag).first().attr('style'), tag).toBeTruthy();
    }
    expect($('svg')).toHaveLength(2);
    expect($('img').attr('src')).toBe('https://mmbiz.qpic.cn/mmbiz_jpg/sample/0?wx_fmt=jpeg');
  });

  it('keeps every line, blank line, tab and leading space of a code block', () => {
    for (const theme of ARTICLE_THEMES) {
      const [first, second] = codeText(renderArticle(everyConstruct(), theme).html);
      expect(first).toBe(CODE_SOURCE);
      expect(second).toBe('plain <text>\n  indented');
    }
  });

  it('highlights with inline colours, scrolls long lines, labels the language', () => {
    const { html } = renderArticle(everyConstruct(), 'tech');
    const $ = load(html, null, false);
    const code = $('pre code').first();
    expect(code.attr('style')).toContain('white-space: pre');
    expect($('pre').first().attr('style')).toContain('overflow-x: auto');
    expect(code.find('span[style*="color"]').length).toBeGreaterThan(3);
    // The keyword `function` in the tech palette's keyword colour.
    expect(code.find('span').first().attr('style')).toContain('#c678dd');
    expect($('pre').first().prev().text()).toBe('ts');
  });

  it('turns external links into numbered footnotes, reusing numbers, and keeps mp.weixin.qq.com links', () => {
    const { html, footnotes } = renderArticle(everyConstruct(), 'default');
    expect(footnotes).toBe(2);
    const $ = load(html, null, false);
    expect($('a')).toHaveLength(1);
    expect($('a').attr('href')).toBe('https://mp.weixin.qq.com/s/abc');
    expect(
      $('sup')
        .toArray()
        .map((s) => $(s).text()),
    ).toEqual(['[1]', '[1]', '[2]']);
    expect(html).toContain(FOOTNOTES_TITLE);
    expect(html).toContain('[1] 外部链接: https://example.com/a');
    expect(html).toContain('[2] https://example.org/b');
  });

  it('renders formulas to standalone SVG (no ids, no <use>)', () => {
    const { html, warnings } = renderArticle(everyConstruct(), 'default');
    expect(warnings).toEqual([]);
    // SVG attribute names keep their case (viewBox), which an SVG needs when read as XML.
    expect(html).toMatch(/<svg[^>]*\sviewBox="[^"]+"/);
    const $ = load(html, null, false);
    expect($('svg').first().find('path').length).toBeGreaterThan(0);
    expect($('svg').first().attr('style')).toMatch(/vertical-align/);
    expect(html).not.toMatch(/<use\b|\sid=|xlink:href/);
  });

  it('keeps a bad formula as its source in code, with a warning', () => {
    const { html, warnings } = renderArticle(
      '<p class="wx-p">x <span class="wx-math" data-tex="\\frac{a}{"></span> y</p><p class="wx-math-block" data-tex="\\nosuchmacro"></p>',
      'minimal',
    );
    expect(html).toContain('<code');
    expect(html).toContain('$\\frac{a}{$');
    expect(html).toContain('$$\\nosuchmacro$$');
    expect(warnings.map((w) => w.source)).toEqual(['\\frac{a}{', '\\nosuchmacro']);
    expect(warnings[1]?.message).toMatch(/Undefined control sequence/);
  });

  it('marks task items with a box and no bullet', () => {
    const { html } = renderArticle(everyConstruct(), 'literary');
    const $ = load(html, null, false);
    const tasks = $('li').filter((_, li) => ($(li).attr('style') ?? '').includes('list-style-type: none'));
    expect(tasks.toArray().map((li) => $(li).text())).toEqual(['☑已完成', '☐未完成']);
  });

  it('applies alignment and colour markers over the theme', () => {
    const { html } = renderArticle(everyConstruct(), 'literary');
    const $ = load(html, null, false);
    expect($('h2').attr('style')).toMatch(/text-align: center;?$/);
    expect($('th').eq(1).attr('style')).toContain('text-align: right');
    expect($('span[style="color: #d0021b"]').text()).toBe('红字');
  });

  it('gives each theme its own look', () => {
    const looks = ARTICLE_THEMES.map((t) =>
      load(renderArticle(everyConstruct(), t).html, null, false)('h2').attr('style'),
    );
    expect(new Set(looks).size).toBe(ARTICLE_THEMES.length);
  });

  it('writes Chinese as UTF-8, not entities, and escapes markup in text', () => {
    const { html } = renderArticle(`<p class="wx-p">中文 ${escapeHtml('<b>&')}</p>`, 'default');
    expect(html).toContain('中文 &lt;b&gt;&amp;');
    expect(html).not.toContain('&#x');
  });

  it('drops scripts, styles, comments and handlers from any input', () => {
    const { html } = renderArticle(
      '<style>p{}</style><!-- c --><p class="wx-p" onclick="x()" data-x="1">a<script>alert(1)</script></p>',
      'default',
    );
    expect(html).toBe('<p style="margin: 0 0 1em; line-height: 1.75; font-size: 16px; color: #333333;">a</p>');
  });
});

describe('cleanSvg', () => {
  it('moves the size into the style and drops MathJax data attributes', () => {
    expect(cleanSvg('<svg width="2ex" height="1ex" style="vertical-align: 0;"><g data-mml-node="mi"></g></svg>')).toBe(
      '<svg style="width: 2ex; height: 1ex; vertical-align: 0;"><g></g></svg>',
    );
    expect(cleanSvg('<svg width="2ex" viewBox="0 0 1 1"></svg>')).toBe(
      '<svg style="width: 2ex;" viewBox="0 0 1 1"></svg>',
    );
  });
});
