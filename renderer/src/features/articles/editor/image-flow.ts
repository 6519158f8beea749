/**
 * Pictures entering the body: pasted/dropped/picked files are checked, uploaded through uploadimg and
 * put in place with WeChat's URL; pasted <img> from web pages (http(s) or data:) are re-uploaded by the
 * main process, or flagged `failed` so saving refuses until they are replaced.
 */
import type { Editor } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import type { Transaction } from '@tiptap/pm/state';
import type { AppErrorPayload } from '@shared/errors';
import { articlesApi } from '../api/articles-api';
import { isAllowedImage } from '../output/sanitize';
import { caretAfterBlock } from './image-guard';

export interface ImageFlowOptions {
  accountId: string;
  hosts: readonly string[];
  onError: (error: AppErrorPayload) => void;
}

let pendingSeq = 0;

type Outcome = { src: string; status: null } | null;

/**
 * What each placeholder or foreign src became: WeChat's URL, or null for a placeholder whose upload
 * failed (removed). Undo/redo can bring back a node carrying an old src (the upload finished in
 * between); the outcome is applied again instead of uploading twice. Failed imports are not kept:
 * pasting the same picture again tries again.
 */
const outcomes = new Map<string, Outcome>();

/** Applies `attrs` (or removes, for null) to every image whose src is `src` (placeholders and pasted URLs can repeat). */
export function applyTo(tr: Transaction, src: string, attrs: Record<string, unknown> | null): boolean {
  const hits: { pos: number; node: PMNode }[] = [];
  tr.doc.descendants((node, pos) => {
    if (node.type.name === 'image' && node.attrs.src === src) hits.push({ pos, node });
  });
  for (const { pos, node } of hits.reverse()) {
    if (!attrs) tr.delete(pos, pos + node.nodeSize);
    // Attribute steps keep positions (and so the caret and the undo history) where they were.
    else for (const [key, value] of Object.entries(attrs)) tr.setNodeAttribute(pos, key, value);
  }
  return hits.length > 0;
}

export function updateImages(editor: Editor, src: string, attrs: Outcome | { status: 'pending' | 'failed' }): void {
  if (attrs === null || attrs.status === null) outcomes.set(src, attrs);
  if (editor.isDestroyed) return;
  const { tr } = editor.state;
  // Not an undo step of its own: undo takes back the insert, never "the upload finished".
  tr.setMeta('addToHistory', false);
  if (applyTo(tr, src, attrs)) editor.view.dispatch(tr);
}

/** Re-applies known outcomes to images that undo/redo brought back with a placeholder or foreign src. */
export function reapplyOutcomes(editor: Editor): void {
  if (outcomes.size === 0) return;
  const stale = new Set<string>();
  editor.state.doc.descendants((node) => {
    const src = String(node.attrs.src ?? '');
    if (node.type.name === 'image' && outcomes.has(src)) stale.add(src);
  });
  if (stale.size === 0) return;
  const { tr } = editor.state;
  tr.setMeta('addToHistory', false);
  for (const src of stale) applyTo(tr, src, outcomes.get(src) ?? null);
  editor.view.dispatch(tr);
}

/** Inserts one image node at the selection (or `pos`) and leaves the caret in a paragraph after it. */
function insertWithCaretAfter(editor: Editor, node: Record<string, unknown>, placeholder: string, pos?: number) {
  const base =
    pos === undefined ? editor.chain().focus().insertContent(node) : editor.chain().focus().insertContentAt(pos, node);
  base
    .command(({ tr }) => {
      let at = -1;
      tr.doc.descendants((n, p) => {
        if (at < 0 && n.type.name === 'image' && n.attrs.src === placeholder) at = p;
        return at < 0;
      });
      if (at >= 0) caretAfterBlock(tr, at);
      return true;
    })
    .run();
}

/**
 * Checks and uploads files: each is inserted at once as a pending placeholder at `pos` (a drop point)
 * or the selection, the caret after it, and gets WeChat's URL when the upload answers.
 */
export async function insertImageFiles(
  editor: Editor,
  files: File[],
  opts: ImageFlowOptions,
  pos?: number,
): Promise<void> {
  let at = pos;
  for (const file of files) {
    // The core checks the picture (JPG/PNG, < 1 MB, by content) and offers a conversion when it does not
    // fit (articlesApi.uploadBodyImage); nothing is converted without the user's choice.
    pendingSeq += 1;
    const placeholder = `pending:${pendingSeq}`;
    const node = { type: 'image', attrs: { src: placeholder, alt: '', status: 'pending' } };
    // Only the first picture goes to the drop point; the others follow it (at the caret), in order.
    insertWithCaretAfter(editor, node, placeholder, at);
    at = undefined;
    const env = await articlesApi.uploadBodyImage(opts.accountId, file);
    if (env.ok) updateImages(editor, placeholder, { src: env.value.url, status: null });
    else {
      updateImages(editor, placeholder, null);
      // A skipped conversion is the user's own choice, not an error to report.
      if (env.error.code !== 'CONVERSION_SKIPPED') opts.onError(env.error);
    }
  }
}

async function dataUrlToFile(src: string): Promise<File | null> {
  try {
    const blob = await (await fetch(src)).blob();
    return new File([blob], 'pasted', { type: blob.type });
  } catch {
    return null;
  }
}

/** Re-uploads one foreign picture; the result replaces every copy of its src. */
async function resolveOne(editor: Editor, src: string, opts: ImageFlowOptions): Promise<void> {
  if (src.startsWith('data:') || src.startsWith('blob:')) {
    const file = await dataUrlToFile(src);
    if (!file) {
      updateImages(editor, src, { status: 'failed' });
      return;
    }
    const env = await articlesApi.uploadBodyImage(opts.accountId, file);
    updateImages(editor, src, env.ok ? { src: env.value.url, status: null } : { status: 'failed' });
    return;
  }
  const env = await articlesApi.importImage(opts.accountId, src);
  updateImages(editor, src, env.ok ? { src: env.value.url, status: null } : { status: 'failed' });
}

/** Finds pictures not on an uploadimg host (just pasted) and starts re-uploading them. */
export function resolveForeignImages(editor: Editor, opts: ImageFlowOptions): void {
  if (opts.hosts.length === 0) return;
  const found = new Set<string>();
  editor.state.doc.descendants((node) => {
    if (node.type.name !== 'image' || node.attrs.status) return;
    const src = String(node.attrs.src ?? '');
    if (!isAllowedImage(src, opts.hosts)) found.add(src);
  });
  for (const src of found) {
    updateImages(editor, src, { status: 'pending' });
    void resolveOne(editor, src, opts);
  }
}
