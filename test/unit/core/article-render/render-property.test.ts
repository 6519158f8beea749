/**
 * Property: any marked HTML built from random text (every marker, any characters in the text, code and
 * link targets) renders with its text intact and without class, data-*, <style> or <script>.
 */
import { load } from 'cheerio/slim';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ARTICLE_THEMES } from '../../../../electron/shared/article-themes';
import { renderArticle } from '../../../../electron/core/article-render/render-article';
import { escapeHtml } from './sample-article';

// Any text (no lone surrogates), and text heavy in markup characters and whitespace runs (spaces, tabs,
// newlines; a CR is normalised by any HTML parser, so it is left out).
const text = fc.oneof(
  fc
    .string({ unit: 'grapheme', minLength: 1, maxLength: 40 })
    .map((t) => t.replace(/\r/g, ''))
    .filter(Boolean),
  fc.stringMatching(/^[ \t\na-z0-9<>&"'中文]{1,30}$/),
);
const block = fc.oneof(
  text.map((t) => ({ html: `<p class="wx-p">${escapeHtml(t)}</p>`, text: t })),
  fc
    .constantFrom('h1', 'h2', 'h3')
    .chain((h) => text.map((t) => ({ html: `<${h} class="wx-${h}">${escapeHtml(t)}</${h}>`, text: t }))),
  text.map((t) => ({
    html: `<blockquote class="wx-quote"><p class="wx-p">${escapeHtml(t)}</p></blockquote>`,
    text: t,
  })),
  fc.tuple(text, fc.boolean()).map(([t, done]) => ({
    html: `<ul class="wx-ul"><li class="wx-li wx-task" data-checked="${done}"><p class="wx-p">${escapeHtml(t)}</p></li></ul>`,
    text: `${done ? '☑' : '☐'}${t}`,
  })),
  fc.tuple(text, fc.constantFrom('', 'ts', 'python', 'nosuchlang')).map(([t, lang]) => ({
    html: `<pre class="wx-pre"><code class="wx-code"${lang ? ` data-lang="${lang}"` : ''}>${escapeHtml(t)}</code></pre>`,
    text: `${lang}${t}`,
    code: t,
  })),
  fc.tuple(text, fc.webUrl()).map(([t, url]) => ({
    html: `<p class="wx-p"><a class="wx-a" href="${escapeHtml(url)}">${escapeHtml(t)}</a></p>`,
    text: t,
  })),
  fc.tuple(text, text).map(([a, b]) => ({
    html: `<table class="wx-table"><tbody><tr><td class="wx-td">${escapeHtml(a)}</td><td class="wx-td wx-al-center">${escapeHtml(b)}</td></tr></tbody></table>`,
    text: `${a}${b}`,
  })),
  text.map((t) => ({ html: `<p class="wx-p"><code class="wx-codespan">${escapeHtml(t)}</code></p>`, text: t })),
);

/** Visible text: `<br>` is a newline again, a no-break space a space; footnote markers and list removed. */
function visibleText(html: string): string {
  const $ = load(html.replace(/<br\s*\/?>/g, '\n'), null, false);
  $('sup').remove();
  $('section')
    .filter((_, s) => $(s).children('p').first().text() === '参考链接')
    .remove();
  return $.root()
    .text()
    .replace(/\u00a0/g, ' ');
}

describe('renderArticle (property)', () => {
  it('keeps the text and never leaves classes, data-*, <style> or <script>', () => {
    fc.assert(
      fc.property(
        fc.array(block, { minLength: 1, maxLength: 6 }),
        fc.constantFrom(...ARTICLE_THEMES),
        (blocks, theme) => {
          const { html } = renderArticle(blocks.map((b) => b.html).join(''), theme);
          expect(html).not.toMatch(/\sclass=|\sdata-[a-z]|<style|<script/i);
          // Code turns spaces into no-break spaces, so both sides compare with no-break spaces as spaces.
          expect(visibleText(html)).toBe(
            blocks
              .map((b) => b.text)
              .join('')
              .replace(/\u00a0/g, ' '),
          );
        },
      ),
      { numRuns: 150 },
    );
  });
});
