import { describe, expect, it } from 'vitest';
import { getSchema } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { EditorState, NodeSelection, TextSelection, type Transaction } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import { articleExtensions } from '../../../renderer/src/features/articles/editor/extensions';
import { caretAfterBlock, ImageGuard } from '../../../renderer/src/features/articles/editor/image-guard';

// The guard against "a pasted picture is deleted by the next keystroke" (issue 10), on ProseMirror
// state alone: where the caret goes after an image, and what typed text does to a selected image.

const extensions = [...articleExtensions('demo'), ImageGuard];
const schema = getSchema(extensions);
const IMG = 'http://mmbiz.qpic.cn/x.png';

function doc(...blocks: unknown[]): PMNode {
  return schema.nodeFromJSON({ type: 'doc', content: blocks });
}
const p = (text?: string) => ({ type: 'paragraph', ...(text ? { content: [{ type: 'text', text }] } : {}) });
const img = { type: 'image', attrs: { src: IMG } };

function imagePos(d: PMNode): number {
  let at = -1;
  d.descendants((n, pos) => {
    if (n.type.name === 'image') at = pos;
  });
  return at;
}

/** A view with just what the guard's props use: the state and dispatch. */
function fakeView(state: EditorState) {
  const view = {
    state,
    dispatch: (tr: Transaction) => {
      view.state = view.state.apply(tr);
    },
  };
  return view;
}

/** The guard's plugin props, bound as ProseMirror calls them. */
function guardProps() {
  const editorLike = { schema } as never;
  const plugin = ImageGuard.config.addProseMirrorPlugins?.call({ editor: editorLike } as never)[0];
  if (!plugin) throw new Error('no plugin');
  return plugin.props;
}

describe('caret after an inserted image', () => {
  it('adds a paragraph after an image at the end of the body and puts the caret in it', () => {
    const state = EditorState.create({ doc: doc(p('a'), img) });
    const tr = caretAfterBlock(state.tr, imagePos(state.doc));
    expect(tr.doc.lastChild?.type.name).toBe('paragraph');
    expect(tr.selection).toBeInstanceOf(TextSelection);
    expect(tr.selection.$from.parent).toBe(tr.doc.lastChild);
  });

  it('uses the paragraph that already follows (no empty line added)', () => {
    const state = EditorState.create({ doc: doc(img, p('after')) });
    const tr = caretAfterBlock(state.tr, imagePos(state.doc));
    expect(tr.doc.childCount).toBe(2);
    expect(tr.selection.$from.parent.textContent).toBe('after');
    expect(tr.selection.$from.parentOffset).toBe(0);
  });
});

describe('typing with the image selected', () => {
  const selected = () => {
    const base = EditorState.create({ schema, doc: doc(p('before'), img) });
    return base.apply(base.tr.setSelection(NodeSelection.create(base.doc, imagePos(base.doc))));
  };

  it('text input goes into a paragraph after the image; the image stays', () => {
    const view = fakeView(selected());
    const handled = guardProps().handleTextInput?.call(
      null as never,
      view as unknown as EditorView,
      0,
      0,
      '新的一句',
      () => view.state.tr,
    );
    expect(handled).toBe(true);
    expect(imagePos(view.state.doc)).toBeGreaterThan(0);
    expect(view.state.doc.lastChild?.textContent).toBe('新的一句');
  });

  it('a typing key moves the caret after the image first, and lets the key through', () => {
    const view = fakeView(selected());
    const key = new KeyboardEvent('keydown', { key: 'a' });
    const handled = guardProps().handleKeyDown?.call(null as never, view as unknown as EditorView, key);
    expect(handled).toBe(false);
    expect(view.state.selection).toBeInstanceOf(TextSelection);
    expect(view.state.selection.$from.parent.type.name).toBe('paragraph');
    expect(imagePos(view.state.doc)).toBeGreaterThan(0);
  });

  it('Backspace is left alone: deleting a selected picture on purpose stays possible', () => {
    const view = fakeView(selected());
    const key = new KeyboardEvent('keydown', { key: 'Backspace' });
    guardProps().handleKeyDown?.call(null as never, view as unknown as EditorView, key);
    expect(view.state.selection).toBeInstanceOf(NodeSelection);
  });
});
