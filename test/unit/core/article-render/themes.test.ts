/** The default theme is today's look: BLOCK_STYLE of the editor (renderer/src/features/articles/output/wx-styles.ts). */
import { load } from 'cheerio/slim';
import { describe, expect, it } from 'vitest';
import { renderArticle } from '../../../../electron/core/article-render/render-article';
import { BLOCK_STYLE } from '../../../../renderer/src/features/articles/output/wx-styles';

const TAGS: Record<string, string> = {
  p: '<p class="wx-p">x</p>',
  h1: '<h1 class="wx-h1">x</h1>',
  h2: '<h2 class="wx-h2">x</h2>',
  h3: '<h3 class="wx-h3">x</h3>',
  quote: '<blockquote class="wx-quote">x</blockquote>',
  ul: '<ul class="wx-ul"></ul>',
  ol: '<ol class="wx-ol"></ol>',
  li: '<ul><li class="wx-li">x</li></ul>',
  hr: '<hr class="wx-hr">',
  img: '<img class="wx-img" src="https://mmbiz.qpic.cn/x">',
  a: '<a class="wx-a" href="https://mp.weixin.qq.com/s/x">x</a>',
};

/** Declarations of a style attribute as [property, value] pairs, in order. */
const declarations = (style: string) =>
  style
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean)
    .map((d) => d.split(/:\s*/, 2).map((s) => s.trim()));

describe('default theme', () => {
  it.each(Object.keys(TAGS))('%s has exactly the BLOCK_STYLE declarations', (name) => {
    const $ = load(renderArticle(TAGS[name] ?? '', 'default').html, null, false);
    const el = $('[style]').first();
    expect(declarations(el.attr('style') ?? '')).toEqual(declarations(BLOCK_STYLE[name] ?? ''));
  });
});
