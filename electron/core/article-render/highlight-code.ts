/**
 * Fenced code blocks (`<pre class="wx-pre"><code class="wx-code" data-lang>`) highlighted by highlight.js
 * into `hljs-*` spans, each given its colour inline from the theme's palette (themes/code-palette.ts,
 * `tokenStyles`). WeChat may collapse whitespace in article HTML, so every line break becomes `<br>` and every
 * space a no-break space, on top of `white-space: pre` on the block: no line and no indentation is lost,
 * and long lines scroll sideways (docs/article-rendering.md, "Code").
 */
import hljs from 'highlight.js/lib/core';
import bash from 'highlight.js/lib/languages/bash';
import c from 'highlight.js/lib/languages/c';
import cpp from 'highlight.js/lib/languages/cpp';
import csharp from 'highlight.js/lib/languages/csharp';
import css from 'highlight.js/lib/languages/css';
import diff from 'highlight.js/lib/languages/diff';
import dockerfile from 'highlight.js/lib/languages/dockerfile';
import go from 'highlight.js/lib/languages/go';
import ini from 'highlight.js/lib/languages/ini';
import java from 'highlight.js/lib/languages/java';
import javascript from 'highlight.js/lib/languages/javascript';
import json from 'highlight.js/lib/languages/json';
import kotlin from 'highlight.js/lib/languages/kotlin';
import markdown from 'highlight.js/lib/languages/markdown';
import php from 'highlight.js/lib/languages/php';
import plaintext from 'highlight.js/lib/languages/plaintext';
import python from 'highlight.js/lib/languages/python';
import ruby from 'highlight.js/lib/languages/ruby';
import rust from 'highlight.js/lib/languages/rust';
import scss from 'highlight.js/lib/languages/scss';
import shell from 'highlight.js/lib/languages/shell';
import sql from 'highlight.js/lib/languages/sql';
import swift from 'highlight.js/lib/languages/swift';
import typescript from 'highlight.js/lib/languages/typescript';
import xml from 'highlight.js/lib/languages/xml';
import yaml from 'highlight.js/lib/languages/yaml';
import type { ArticleDom } from './parse-html';

// Each language brings its own aliases (js, ts, html, sh, py, yml, md, rs, golang, c++, cs, …).
const LANGUAGES = {
  bash,
  c,
  cpp,
  csharp,
  css,
  diff,
  dockerfile,
  go,
  ini,
  java,
  javascript,
  json,
  kotlin,
  markdown,
  php,
  plaintext,
  python,
  ruby,
  rust,
  scss,
  shell,
  sql,
  swift,
  typescript,
  xml,
  yaml,
};
for (const [name, lang] of Object.entries(LANGUAGES)) hljs.registerLanguage(name, lang);

/** True when `lang` (a fence's info string) is a language this build highlights. */
export function isKnownLanguage(lang: string): boolean {
  return Boolean(hljs.getLanguage(lang));
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** highlight.js HTML for one block, or just the escaped text for an unknown or missing language. */
export function highlightSource(source: string, lang: string | undefined): string {
  if (lang && isKnownLanguage(lang)) {
    return hljs.highlight(source, { language: lang, ignoreIllegals: true }).value;
  }
  return escapeHtml(source);
}

/** Line breaks → `<br>`, spaces → no-break spaces, in the text between tags only. */
export function protectWhitespace(html: string): string {
  return html
    .split(/(<[^>]*>)/)
    .map((part, i) =>
      i % 2 === 1 ? part : part.replace(/\r\n?/g, '\n').replace(/ /g, '&nbsp;').replace(/\n/g, '<br>'),
    )
    .join('');
}

/**
 * highlight.js's `<span class="hljs-keyword">` (or `hljs-title function_`) → `<span style="…">` by the
 * scope's colour; a scope without one becomes a plain span.
 */
export function colourTokens(html: string, styles: Record<string, string>): string {
  return html.replace(/<span class="hljs-([\w-]+)[^"]*">/g, (_, scope: string) => {
    const style = styles[scope];
    return style ? `<span style="${style}">` : '<span>';
  });
}

export function highlightCodeBlocks($: ArticleDom, tokenStyles: Record<string, string>): void {
  $('pre.wx-pre').each((_, pre) => {
    const code = $(pre).children('code').first();
    const target = code.length ? code : $(pre);
    const lang = code.attr('data-lang')?.trim().toLowerCase() || undefined;
    target.html(protectWhitespace(colourTokens(highlightSource(target.text(), lang), tokenStyles)));
    if (lang) {
      const label = $('<section class="wx-code-lang"></section>').text(lang);
      $(pre).wrap('<section class="wx-code-block"></section>').before(label);
    }
  });
}
