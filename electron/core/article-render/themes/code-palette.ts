/**
 * The code block part of every theme: the block itself (horizontal scroll, whitespace kept), as CSS for the
 * inliner, and the colours of highlight.js's token classes (`hljs-*`), as inline styles that
 * ../highlight-code.ts writes straight onto the token spans. A code block has hundreds of tokens, and
 * matching some forty descendant selectors over them made the inliner the slowest step of a render.
 */
export interface CodePalette {
  background: string;
  text: string;
  /** Colour of the language label above the block. */
  label: string;
  border: string;
  comment: string;
  keyword: string;
  string: string;
  number: string;
  title: string;
  attr: string;
  builtin: string;
  meta: string;
  variable: string;
  addition: string;
  deletion: string;
}

/** A theme: its stylesheet over the marker classes and its code colours. */
export interface ThemeSheet {
  css: string;
  code: CodePalette;
}

export interface CodeBlockShape {
  radius: string;
  fontSize: string;
  /** Inline code (`wx-codespan`) text and background. */
  spanText: string;
  spanBackground: string;
}

const MONO = "Menlo, Consolas, 'Roboto Mono', 'Courier New', monospace";

export function codeCss(p: CodePalette, shape: CodeBlockShape): string {
  return `
.wx-code-block { margin: 0 0 1.2em; }
.wx-code-lang { margin: 0; padding: 6px 12px 0; font-size: 12px; line-height: 1.5; color: ${p.label}; background: ${p.background}; border: 1px solid ${p.border}; border-bottom: 0; border-radius: ${shape.radius} ${shape.radius} 0 0; font-family: ${MONO}; }
.wx-pre { margin: 0 0 1.2em; padding: 12px; background: ${p.background}; border: 1px solid ${p.border}; border-radius: ${shape.radius}; overflow-x: auto; }
.wx-code-lang + .wx-pre { margin: 0; border-top: 0; border-radius: 0 0 ${shape.radius} ${shape.radius}; }
.wx-code { display: block; margin: 0; padding: 0; background: transparent; color: ${p.text}; font-family: ${MONO}; font-size: ${shape.fontSize}; line-height: 1.6; white-space: pre; word-wrap: normal; word-break: normal; text-align: left; }
.wx-codespan { margin: 0 2px; padding: 2px 4px; border-radius: 3px; font-family: ${MONO}; font-size: 90%; color: ${shape.spanText}; background: ${shape.spanBackground}; word-break: break-all; }
`;
}

/** Inline style of each highlight.js scope (the first class of a token span, without `hljs-`). */
export function tokenStyles(p: CodePalette): Record<string, string> {
  const map: Record<string, string> = {};
  const set = (scopes: string, style: string) => {
    for (const scope of scopes.split(' ')) map[scope] = style;
  };
  set('comment quote', `color: ${p.comment}; font-style: italic`);
  set('keyword selector-tag doctag section', `color: ${p.keyword}`);
  set('string regexp char template-tag', `color: ${p.string}`);
  set('number literal symbol bullet', `color: ${p.number}`);
  set('title name selector-id selector-class', `color: ${p.title}`);
  set('attr attribute property selector-attr selector-pseudo', `color: ${p.attr}`);
  set('built_in type params', `color: ${p.builtin}`);
  set('meta tag link', `color: ${p.meta}`);
  set('variable template-variable subst', `color: ${p.variable}`);
  set('addition', `color: ${p.addition}`);
  set('deletion', `color: ${p.deletion}`);
  set('emphasis', 'font-style: italic');
  set('strong', 'font-weight: bold');
  return map;
}

/** A light palette close to GitHub's, for the light themes. */
export const LIGHT_CODE: CodePalette = {
  background: '#f6f8fa',
  text: '#24292e',
  label: '#8c959f',
  border: '#eaeef2',
  comment: '#6a737d',
  keyword: '#d73a49',
  string: '#032f62',
  number: '#005cc5',
  title: '#6f42c1',
  attr: '#005cc5',
  builtin: '#e36209',
  meta: '#22863a',
  variable: '#e36209',
  addition: '#22863a',
  deletion: '#b31d28',
};

/** A dark palette close to Atom One Dark, for the tech theme. */
export const DARK_CODE: CodePalette = {
  background: '#282c34',
  text: '#abb2bf',
  label: '#7f848e',
  border: '#282c34',
  comment: '#7f848e',
  keyword: '#c678dd',
  string: '#98c379',
  number: '#d19a66',
  title: '#61afef',
  attr: '#d19a66',
  builtin: '#e6c07b',
  meta: '#56b6c2',
  variable: '#e06c75',
  addition: '#98c379',
  deletion: '#e06c75',
};

/** A warm, paper-like palette for the literary theme. */
export const WARM_CODE: CodePalette = {
  background: '#f8f5ee',
  text: '#4a3f35',
  label: '#a39581',
  border: '#ece4d6',
  comment: '#a39581',
  keyword: '#a0522d',
  string: '#5f7a3a',
  number: '#b5651d',
  title: '#6b4f9c',
  attr: '#3d6f8e',
  builtin: '#8b6914',
  meta: '#3d6f8e',
  variable: '#a0522d',
  addition: '#5f7a3a',
  deletion: '#a33b3b',
};
