/**
 * Pictures a Markdown file names by a local path (`![](img/a.png)`): matched among the files picked with
 * it, uploaded through the body-image path (articlesApi.uploadBodyImage: uploadimg, with the fit-to-limit
 * offer) and replaced by WeChat's URL. A path with no picked file is kept as a `missing` picture, listed
 * in MissingImages.tsx, and saving refuses until it is given a file or removed (validate.ts).
 * Remote pictures are left to the existing import (editor/image-flow.ts resolveForeignImages).
 */
import type { Editor, JSONContent } from '@tiptap/core';
import { articlesApi } from '../api/articles-api';
import { applyTo, updateImages, type ImageFlowOptions } from '../editor/image-flow';

/** A src that names a file on this computer (not a URL the core can fetch, not a placeholder). */
export function isLocalSrc(src: string): boolean {
  return Boolean(src) && !/^(https?:|data:|blob:|pending:|local:|mailto:)/i.test(src) && !src.startsWith('//');
}

const decode = (s: string): string => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

/** Path segments of a src or a picked file's relative path, without `.` and leading `./`. */
const segments = (path: string): string[] =>
  decode(path.split(/[?#]/)[0] ?? '')
    .replace(/\\/g, '/')
    .split('/')
    .filter((p) => p && p !== '.');

/**
 * The picked file a Markdown path names: the longest match of path tails (so `a/x.png` and `b/x.png` are
 * told apart when the browser knows folders), else the same file name (case-insensitive).
 */
export function matchLocalFile(src: string, files: readonly File[]): File | null {
  const want = segments(src).filter((p) => p !== '..');
  if (want.length === 0) return null;
  let best: File | null = null;
  let bestScore = 0;
  for (const file of files) {
    const have = segments(file.webkitRelativePath || file.name);
    let score = 0;
    while (
      score < want.length &&
      score < have.length &&
      want[want.length - 1 - score]?.toLowerCase() === have[have.length - 1 - score]?.toLowerCase()
    )
      score += 1;
    if (score > bestScore) {
      best = file;
      bestScore = score;
    }
  }
  return best;
}

let seq = 0;

/**
 * Marks the local pictures of a parsed document: a matched one gets a `local:n` placeholder (pending) and
 * its file is returned for upload; an unmatched one is `missing` (its path stays, to show and to match later).
 */
export function prepareLocalImages(
  doc: JSONContent,
  files: readonly File[],
): { doc: JSONContent; uploads: { placeholder: string; path: string; file: File }[] } {
  const uploads: { placeholder: string; path: string; file: File }[] = [];
  const byPath = new Map<string, string>();
  const walk = (node: JSONContent): JSONContent => {
    if (node.type === 'image') {
      const src = String(node.attrs?.src ?? '');
      if (!isLocalSrc(src)) return node;
      const file = matchLocalFile(src, files);
      if (!file) return { ...node, attrs: { ...node.attrs, status: 'missing' } };
      let placeholder = byPath.get(src);
      if (!placeholder) {
        seq += 1;
        placeholder = `local:${seq}`;
        byPath.set(src, placeholder);
        uploads.push({ placeholder, path: src, file });
      }
      return { ...node, attrs: { ...node.attrs, src: placeholder, status: 'pending' } };
    }
    return node.content ? { ...node, content: node.content.map(walk) } : node;
  };
  return { doc: walk(doc), uploads };
}

/** Sets attributes on (or removes, for null) every picture whose src is `src`, outside the undo history. */
export function setImages(editor: Editor, src: string, attrs: Record<string, unknown> | null): void {
  if (editor.isDestroyed) return;
  const { tr } = editor.state;
  tr.setMeta('addToHistory', false);
  if (applyTo(tr, src, attrs)) editor.view.dispatch(tr);
}

/** Uploads the pictures a document was prepared with; one that fails goes back to `missing` under its path. */
export async function uploadLocalImages(
  editor: Editor,
  uploads: readonly { placeholder: string; path: string; file: File }[],
  opts: ImageFlowOptions,
): Promise<void> {
  for (const u of uploads) {
    const env = await articlesApi.uploadBodyImage(opts.accountId, u.file);
    if (env.ok) updateImages(editor, u.placeholder, { src: env.value.url, status: null });
    else {
      setImages(editor, u.placeholder, { src: u.path, status: 'missing' });
      if (env.error.code !== 'CONVERSION_SKIPPED') opts.onError(env.error);
    }
  }
}

/** A file chosen for a missing picture: every picture with that path becomes pending, then WeChat's URL. */
export async function resolveMissing(editor: Editor, path: string, file: File, opts: ImageFlowOptions): Promise<void> {
  seq += 1;
  const placeholder = `local:${seq}`;
  setImages(editor, path, { src: placeholder, status: 'pending' });
  await uploadLocalImages(editor, [{ placeholder, path, file }], opts);
}

/** The paths of missing pictures in the editor, once each, in order. */
export function missingPaths(doc: JSONContent): string[] {
  const out: string[] = [];
  const walk = (n: JSONContent) => {
    if (n.type === 'image' && n.attrs?.status === 'missing') {
      const src = String(n.attrs.src ?? '');
      if (!out.includes(src)) out.push(src);
    }
    n.content?.forEach(walk);
  };
  walk(doc);
  return out;
}
