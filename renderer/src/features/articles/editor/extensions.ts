/**
 * The editor's schema. The window's CSP forbids inline style attributes, so colour and alignment are
 * rendered in the editor as classes/data attributes (colours from a palette get a class; the exact value
 * lives in the document and in the WeChat HTML), and images are shown through the /artimg/ route.
 */
import { Extension } from '@tiptap/core';
import CodeBlock from '@tiptap/extension-code-block';
import Image from '@tiptap/extension-image';
import { TaskItem, TaskList } from '@tiptap/extension-list';
import { Table, TableCell, TableHeader, TableRow } from '@tiptap/extension-table';
import { TextStyle } from '@tiptap/extension-text-style';
import StarterKit from '@tiptap/starter-kit';
import { editorLinkHref } from '../output/article-links';
import { normalizeColor, styleValue } from '../output/wx-styles';
import { articleImageUrl } from './asset-url';
import { MathBlock, MathInline } from './math-nodes';

/** The colour palette offered in the toolbar (WeChat-friendly text colours). */
export const PALETTE = ['#333333', '#888888', '#d0021b', '#f5a623', '#417505', '#4a90e2', '#576b95', '#9013fe'];

export function paletteClass(color: string): string | null {
  const i = PALETTE.indexOf(color.toLowerCase());
  return i >= 0 ? `tc-${i}` : null;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    articleColor: { setArticleColor: (color: string | null) => ReturnType };
    articleAlign: { setAlign: (align: 'left' | 'center' | 'right' | 'justify') => ReturnType };
  }
}

/** Text colour on the textStyle mark, written as data-color + palette class (no style attribute). */
const ArticleColor = Extension.create({
  name: 'articleColor',
  addGlobalAttributes() {
    return [
      {
        types: ['textStyle'],
        attributes: {
          color: {
            default: null,
            parseHTML: (el: HTMLElement) => {
              const raw = el.dataset.color ?? styleValue(el.dataset.wxstyle ?? '', 'color') ?? el.style.color;
              return normalizeColor(raw ?? '');
            },
            renderHTML: (attrs: { color?: string | null }) =>
              attrs.color ? { 'data-color': attrs.color, class: paletteClass(attrs.color) ?? 'tc-custom' } : {},
          },
        },
      },
    ];
  },
  addCommands() {
    return {
      setArticleColor:
        (color) =>
        ({ chain }) =>
          color
            ? chain().setMark('textStyle', { color }).run()
            : chain().setMark('textStyle', { color: null }).removeEmptyTextStyle().run(),
    };
  },
});

/** Paragraph/heading alignment as a class (align-center…) instead of an inline style. */
const ArticleAlign = Extension.create({
  name: 'articleAlign',
  addGlobalAttributes() {
    return [
      {
        types: ['paragraph', 'heading'],
        attributes: {
          textAlign: {
            default: null,
            parseHTML: (el: HTMLElement) => {
              const a =
                el.dataset.align ??
                styleValue(el.dataset.wxstyle ?? '', 'text-align') ??
                (el.style.textAlign || el.getAttribute('align') || '');
              return ['center', 'right', 'justify'].includes(a) ? a : null;
            },
            renderHTML: (attrs: { textAlign?: string | null }) =>
              attrs.textAlign ? { 'data-align': attrs.textAlign, class: `align-${attrs.textAlign}` } : {},
          },
        },
      },
    ];
  },
  addCommands() {
    return {
      setAlign:
        (align) =>
        ({ commands }) => {
          const value = align === 'left' ? null : align;
          return ['paragraph', 'heading'].map((t) => commands.updateAttributes(t, { textAlign: value })).some(Boolean);
        },
    };
  },
});

/** Spans count as text style when they carry a style OR our data-color (copy/paste inside the editor). */
const ArticleTextStyle = TextStyle.extend({
  parseHTML() {
    return [
      {
        tag: 'span',
        consuming: false,
        getAttrs: (el: HTMLElement) =>
          ['style', 'data-color', 'data-wxstyle'].some((a) => el.hasAttribute(a)) ? {} : false,
      },
    ];
  },
});

/** Images keep the real URL in `src`; `status` marks uploads in progress or pictures that could not be imported. */
function articleImage(accountId: string) {
  return Image.extend({
    addAttributes() {
      return {
        ...this.parent?.(),
        status: { default: null, rendered: false },
      };
    },
    // Also used before node views exist and for copy/drag: never put the remote URL in `src` (the window
    // would start loading it, which the CSP refuses); the real URL travels in data-wxsrc.
    parseHTML() {
      return [
        {
          tag: 'img',
          getAttrs: (el: HTMLElement) => {
            const src = el.getAttribute('data-wxsrc') ?? el.getAttribute('src');
            return src ? { src } : false;
          },
        },
      ];
    },
    renderHTML({ node }) {
      const src = String(node.attrs.src ?? '');
      return [
        'img',
        {
          src: /^https?:\/\//.test(src) ? articleImageUrl(accountId, src) : '',
          'data-wxsrc': src,
          alt: String(node.attrs.alt ?? ''),
        },
      ];
    },
    addNodeView() {
      return ({ node }) => {
        const img = document.createElement('img');
        const src = String(node.attrs.src ?? '');
        const status = node.attrs.status as string | null;
        // Only http(s) URLs go through the route; pending data:/blob: sources are not shown remotely.
        if (/^https?:\/\//.test(src) && status !== 'failed') img.src = articleImageUrl(accountId, src);
        img.alt = String(node.attrs.alt ?? '');
        img.className = `article-img${status ? ` article-img--${status}` : ''}`;
        img.dataset.testid = 'editor-image';
        img.dataset.status = status ?? 'ok';
        return { dom: img };
      };
    },
  }).configure({ inline: false, allowBase64: true });
}

/** Cell alignment as data-align + class (Tiptap's default writes a style attribute, which the CSP refuses). */
const cellAlign = {
  align: {
    default: null,
    parseHTML: (el: HTMLElement) => {
      const a =
        el.dataset.align ??
        styleValue(el.dataset.wxstyle ?? '', 'text-align') ??
        (el.style.textAlign || el.getAttribute('align') || '');
      return ['left', 'center', 'right', 'justify'].includes(a) ? a : null;
    },
    renderHTML: (attrs: { align?: string | null }) =>
      attrs.align ? { 'data-align': attrs.align, class: `align-${attrs.align}` } : {},
  },
};

const ArticleTableCell = TableCell.extend({
  addAttributes() {
    return { ...this.parent?.(), ...cellAlign };
  },
});
const ArticleTableHeader = TableHeader.extend({
  addAttributes() {
    return { ...this.parent?.(), ...cellAlign };
  },
});
/** No width styles on the table element (CSP); WeChat tables are full width anyway. */
const ArticleTable = Table.extend({
  renderHTML() {
    return ['table', { class: 'article-table' }, ['tbody', 0]];
  },
}).configure({ resizable: false });

/** Fenced code keeps its language (`data-lang` from the marked HTML, `language-x` from Markdown). */
const ArticleCodeBlock = CodeBlock.extend({
  addAttributes() {
    return {
      language: {
        default: null,
        parseHTML: (el: HTMLElement) => {
          const code = el.querySelector('code');
          const cls = Array.from(code?.classList ?? []).find((c) => c.startsWith('language-'));
          const lang = el.dataset.lang ?? code?.dataset.lang ?? cls?.slice('language-'.length) ?? '';
          return /^[\w#+.-]{1,32}$/.test(lang) ? lang : null;
        },
        renderHTML: (attrs: { language?: string | null }) => (attrs.language ? { 'data-lang': attrs.language } : {}),
      },
    };
  },
});

/** Labels the editor shows inside its own nodes (the formula field). */
export interface EditorLabels {
  math: string;
}

/** All extensions of the article editor for one account. */
export function articleExtensions(accountId: string, labels: EditorLabels = { math: 'LaTeX' }) {
  return [
    StarterKit.configure({
      codeBlock: false,
      heading: { levels: [1, 2, 3] },
      link: {
        openOnClick: false,
        autolink: true,
        protocols: ['http', 'https', 'mailto'],
        defaultProtocol: 'https',
        // The article link policy (output/article-links.ts): a relative or app: href would resolve to our own origin.
        isAllowedUri: (url) => editorLinkHref(url) !== null,
      },
    }),
    ArticleTextStyle,
    ArticleColor,
    ArticleAlign,
    articleImage(accountId),
    ArticleCodeBlock,
    ArticleTable,
    TableRow,
    ArticleTableHeader,
    ArticleTableCell,
    TaskList,
    TaskItem.configure({ nested: true }),
    MathInline.configure({ label: labels.math }),
    MathBlock.configure({ label: labels.math }),
  ];
}
