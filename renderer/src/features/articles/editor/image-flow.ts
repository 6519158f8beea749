/**
 * Pictures entering the body: pasted/dropped/picked files are checked, uploaded through uploadimg and
 * put in place with WeChat's URL; pasted <img> from web pages (http(s) or data:) are re-uploaded by the
 * main process, or flagged `failed` so saving refuses until they are replaced.
 */
import type { Editor } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import type { AppErrorPayload } from '@shared/errors';
import { clientError } from '../../../lib/app-error';
import { articlesApi } from '../api/articles-api';
import { prepareBodyImage } from '../image-prep';
import { isAllowedImage } from '../output/sanitize';

export interface ImageFlowOptions {
  accountId: string;
  hosts: readonly string[];
  onError: (error: AppErrorPayload) => void;
}

let pendingSeq = 0;

/** Sets attrs on every image whose src is `src` (placeholders and pasted URLs can repeat). */
function updateImages(editor: Editor, src: string, attrs: Record<string, unknown> | null): void {
  if (editor.isDestroyed) return;
  const { tr } = editor.state;
  const hits: { pos: number; node: PMNode }[] = [];
  editor.state.doc.descendants((node, pos) => {
    if (node.type.name === 'image' && node.attrs.src === src) hits.push({ pos, node });
  });
  for (const { pos, node } of hits.reverse()) {
    if (attrs) tr.setNodeMarkup(pos, undefined, { ...node.attrs, ...attrs });
    else tr.delete(pos, pos + node.nodeSize);
  }
  if (hits.length) editor.view.dispatch(tr);
}

/** Checks and uploads files, inserting each at `pos` (or the selection) as soon as WeChat answers. */
export async function insertImageFiles(
  editor: Editor,
  files: File[],
  opts: ImageFlowOptions,
  pos?: number,
): Promise<void> {
  for (const file of files) {
    const prepared = await prepareBodyImage(file);
    if (!prepared.ok) {
      opts.onError(clientError('IMAGE_REFUSED', 'bad-input', prepared.key, prepared.vars));
      continue;
    }
    pendingSeq += 1;
    const placeholder = `pending:${pendingSeq}`;
    const node = { type: 'image', attrs: { src: placeholder, alt: '', status: 'pending' } };
    if (pos === undefined) editor.chain().focus().insertContent(node).run();
    else editor.chain().insertContentAt(pos, node).run();
    const env = await articlesApi.uploadBodyImage(opts.accountId, prepared.file);
    if (env.ok) updateImages(editor, placeholder, { src: env.value.url, status: null });
    else {
      updateImages(editor, placeholder, null);
      opts.onError(env.error);
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
    const prepared = file ? await prepareBodyImage(file) : null;
    if (!prepared?.ok) {
      updateImages(editor, src, { status: 'failed' });
      return;
    }
    const env = await articlesApi.uploadBodyImage(opts.accountId, prepared.file);
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
