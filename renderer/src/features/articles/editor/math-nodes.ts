/**
 * Formulas in the body: inline (`$…$`) and display (`$$…$$`) math nodes holding their LaTeX source.
 * The editor shows the source in a styled chip (inline) or box (display) with a text field, so it stays
 * editable; the core draws the formula (SVG) when the article is rendered (vocab: wx-math, wx-math-block).
 */
import { Node, type Editor } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';

export interface MathOptions {
  /** The accessible name of the formula field ("公式 (LaTeX)" / "Formula (LaTeX)"). */
  label: string;
}

/** A node view whose field edits the node's `tex` attribute (no style attribute: the CSP forbids them). */
function mathView(editor: Editor, display: boolean, label: string) {
  return ({ node, getPos }: { node: PMNode; getPos: () => number | undefined }) => {
    const dom = document.createElement(display ? 'div' : 'span');
    dom.className = display ? 'math-box' : 'math-chip';
    dom.dataset.testid = display ? 'math-block' : 'math-inline';
    dom.contentEditable = 'false';
    const mark = document.createElement('span');
    mark.className = 'math-sign';
    mark.textContent = display ? '$$' : '$';
    mark.setAttribute('aria-hidden', 'true');
    const field = document.createElement(display ? 'textarea' : 'input');
    field.className = 'math-field';
    field.setAttribute('aria-label', label);
    field.spellcheck = false;
    field.value = String(node.attrs.tex ?? '');
    if (field instanceof HTMLInputElement) field.size = Math.max(4, field.value.length + 1);
    else field.rows = Math.max(1, field.value.split('\n').length);
    field.addEventListener('input', () => {
      const pos = getPos();
      if (typeof pos !== 'number') return;
      if (field instanceof HTMLInputElement) field.size = Math.max(4, field.value.length + 1);
      editor.view.dispatch(editor.state.tr.setNodeAttribute(pos, 'tex', field.value));
    });
    dom.append(mark, field);
    return {
      dom,
      // Typing in the field is the field's business, not ProseMirror's.
      stopEvent: (event: Event) => event.target === field,
      ignoreMutation: () => true,
      update: (next: PMNode) => {
        if (next.type !== node.type) return false;
        const tex = String(next.attrs.tex ?? '');
        if (field.value !== tex) field.value = tex;
        return true;
      },
    };
  };
}

const texAttr = {
  tex: {
    default: '',
    parseHTML: (el: HTMLElement) => el.getAttribute('data-tex') ?? el.textContent ?? '',
    renderHTML: (attrs: { tex?: string }) => ({ 'data-tex': attrs.tex ?? '' }),
  },
};

export const MathInline = Node.create<MathOptions>({
  name: 'mathInline',
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,
  addOptions: () => ({ label: 'LaTeX' }),
  addAttributes: () => texAttr,
  parseHTML: () => [{ tag: 'span[data-type="math-inline"]', priority: 60 }],
  renderHTML: ({ HTMLAttributes }) => ['span', { 'data-type': 'math-inline', ...HTMLAttributes }],
  addNodeView() {
    return mathView(this.editor, false, this.options.label);
  },
});

export const MathBlock = Node.create<MathOptions>({
  name: 'mathBlock',
  group: 'block',
  atom: true,
  selectable: true,
  addOptions: () => ({ label: 'LaTeX' }),
  addAttributes: () => texAttr,
  // Above the paragraph rule: the marked HTML writes a display formula as <p class="wx-math-block">.
  parseHTML: () => [
    { tag: 'div[data-type="math-block"]', priority: 60 },
    { tag: 'p[data-type="math-block"]', priority: 60 },
  ],
  renderHTML: ({ HTMLAttributes }) => ['div', { 'data-type': 'math-block', ...HTMLAttributes }],
  addNodeView() {
    return mathView(this.editor, true, this.options.label);
  },
});
