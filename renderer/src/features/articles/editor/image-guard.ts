/**
 * Typing never replaces a picture. A selected image (a NodeSelection: after a click on it, or after
 * the old insert behaviour) would be replaced by the next keystroke, silently (issue 10, "A pasted
 * picture is deleted by the next keystroke"). Here a key that would type text first moves the caret
 * into a paragraph after the image, and text input that still arrives with the image selected is
 * inserted after it instead. Deleting a selected image stays possible on purpose (Backspace/Delete),
 * and undo brings it back.
 */
import { Extension } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { NodeSelection, Plugin, PluginKey, TextSelection, type EditorState, type Transaction } from '@tiptap/pm/state';

/** The selected image, if the selection is exactly one image node. */
function selectedImage(state: EditorState): { node: PMNode; pos: number } | null {
  const sel = state.selection;
  if (sel instanceof NodeSelection && sel.node.type.name === 'image') return { node: sel.node, pos: sel.from };
  return null;
}

/**
 * Puts the caret at the start of the textblock right after the block at `pos`, adding an empty
 * paragraph there when the next node is not a textblock (the end of the body, another image, a rule).
 */
export function caretAfterBlock(tr: Transaction, pos: number): Transaction {
  const node = tr.doc.nodeAt(pos);
  if (!node) return tr;
  const after = pos + node.nodeSize;
  const next = tr.doc.resolve(after).nodeAfter;
  if (!next?.isTextblock) {
    const paragraph = tr.doc.type.schema.nodes.paragraph;
    if (!paragraph) return tr;
    tr.insert(after, paragraph.create());
  }
  return tr.setSelection(TextSelection.create(tr.doc, after + 1)).scrollIntoView();
}

/** Keys that type a character (or start an IME composition, reported as "Process"/229). */
function typesText(e: KeyboardEvent): boolean {
  if (e.ctrlKey || e.metaKey || e.altKey) return false;
  return e.key.length === 1 || e.key === 'Process' || e.key === 'Unidentified' || e.keyCode === 229;
}

export const ImageGuard = Extension.create({
  name: 'imageGuard',
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('imageGuard'),
        props: {
          // Before the browser types: move the caret, then let the key do its normal work there.
          handleKeyDown: (view, event) => {
            const image = selectedImage(view.state);
            if (!image || !typesText(event)) return false;
            view.dispatch(caretAfterBlock(view.state.tr, image.pos));
            return false;
          },
          handleDOMEvents: {
            // Text typed without a key event (dictation, emoji pickers, characters not on the keyboard):
            // the browser announces it first; it goes after the image instead of over it.
            beforeinput: (view, event) => {
              const image = selectedImage(view.state);
              if (!image || event.inputType !== 'insertText' || !event.data) return false;
              event.preventDefault();
              const tr = caretAfterBlock(view.state.tr, image.pos);
              view.dispatch(tr.insertText(event.data, tr.selection.from));
              return true;
            },
          },
          // Text that still arrives with the image selected (IME, virtual keyboards) goes after it.
          handleTextInput: (view, _from, _to, text) => {
            const image = selectedImage(view.state);
            if (!image) return false;
            const tr = caretAfterBlock(view.state.tr, image.pos);
            view.dispatch(tr.insertText(text, tr.selection.from));
            return true;
          },
        },
      }),
    ];
  },
});
