/**
 * The editor session: the working copy, its autosave (every 2 s and on blur/pagehide), the unsaved-changes
 * guard, and saving to the draft box with the conflict check. Restores an unsaved session on mount.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { DEFAULT_THEME } from './theme/themes';
import type { AppErrorPayload, Envelope, LocalizedText } from '@shared/errors';
import type { ArticleFields, OpenedDraft } from '@shared/features/articles.channels';
import { articlesApi } from './api/articles-api';
import { AUTOSAVE_INTERVAL_MS, clearPointer, forget, loadCurrent, loadSaved, store } from './autosave';
import { htmlToDoc } from './editor/html-to-doc';
import { newKey, newSession, type EditorArticle, type EditorSession } from './model';
import { toMarkedHtml } from './output/to-wechat-html';

export type SaveOutcome =
  /** `recovered`: what this save found and finished of an interrupted earlier save (electron/core/articles/draft-recovery.ts). */
  | { kind: 'saved'; created: boolean; replaced?: string; recovered?: LocalizedText }
  | { kind: 'conflict'; error: AppErrorPayload }
  | { kind: 'failed'; error: AppErrorPayload };

/**
 * Editor articles → the fields the main process receives: `content` is the core's rendering of the ONE
 * output function's marked HTML with the article's theme (articles:render); `source` (that marked HTML)
 * and `theme` let the editor reopen the article exactly (math, code, theme).
 */
export async function toFields(
  articles: EditorArticle[],
  hosts: readonly string[],
): Promise<Envelope<ArticleFields[]>> {
  const out: ArticleFields[] = [];
  for (const a of articles) {
    const source = toMarkedHtml(a.doc, hosts);
    const theme = a.theme ?? DEFAULT_THEME;
    const rendered = await articlesApi.render(source, theme);
    if (!rendered.ok) return rendered;
    out.push({
      title: a.title.trim(),
      author: a.author.trim(),
      digest: articles.length === 1 ? a.digest.trim() : '',
      content: rendered.value.html,
      contentSourceUrl: a.contentSourceUrl.trim(),
      thumbMediaId: a.thumbMediaId,
      needOpenComment: a.needOpenComment,
      onlyFansCanComment: a.onlyFansCanComment,
      picCrop2351: a.picCrop2351,
      picCrop11: a.picCrop11,
      theme,
      source,
    });
  }
  return { ok: true, value: out };
}

/** Opened fields → editor articles (the HTML body parsed into the editor's schema). */
export function fromFields(fields: ArticleFields[]): EditorArticle[] {
  return fields.map((f) => ({
    key: newKey(),
    // Our own marked HTML when the core still vouches for it (unchanged since this app saved it), else WeChat's.
    doc: htmlToDoc(f.source ?? f.content),
    ...(f.theme ? { theme: f.theme } : {}),
    title: f.title,
    author: f.author,
    digest: f.digest,
    contentSourceUrl: f.contentSourceUrl,
    thumbMediaId: f.thumbMediaId,
    needOpenComment: f.needOpenComment,
    onlyFansCanComment: f.onlyFansCanComment,
    picCrop2351: f.picCrop2351,
    picCrop11: f.picCrop11,
  }));
}

export function useDraftSession(accountId: string) {
  const [initial] = useState(() => loadCurrent(accountId));
  const [session, setSession] = useState<EditorSession>(() => initial?.session ?? newSession(accountId));
  const [dirty, setDirty] = useState(() => initial?.dirty ?? false);
  const [restored, setRestored] = useState(() => Boolean(initial?.dirty));
  const [saving, setSaving] = useState(false);
  const latest = useRef({ session, dirty });
  const lastStored = useRef<EditorSession | null>(null);
  useEffect(() => {
    latest.current = { session, dirty };
  });

  const flush = useCallback(() => {
    const { session: s, dirty: d } = latest.current;
    if (lastStored.current === s) return;
    lastStored.current = s;
    store(s, d);
  }, []);

  // Every few seconds, and when the page goes away (reload, close, crash-free exits) or loses focus.
  useEffect(() => {
    const timer = window.setInterval(flush, AUTOSAVE_INTERVAL_MS);
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      flush();
      if (latest.current.dirty) e.preventDefault();
    };
    const onHide = () => flush();
    window.addEventListener('beforeunload', onBeforeUnload);
    window.addEventListener('pagehide', onHide);
    window.addEventListener('blur', onHide);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      flush();
      window.clearInterval(timer);
      window.removeEventListener('beforeunload', onBeforeUnload);
      window.removeEventListener('pagehide', onHide);
      window.removeEventListener('blur', onHide);
      document.removeEventListener('visibilitychange', onHide);
    };
  }, [flush]);

  /** Any edit: marks the session dirty (autosave picks it up). */
  const update = useCallback((fn: (s: EditorSession) => EditorSession) => {
    setSession((s) => fn(s));
    setDirty(true);
  }, []);

  const updateArticle = useCallback(
    (index: number, patch: Partial<EditorArticle>) =>
      update((s) => ({ ...s, articles: s.articles.map((a, i) => (i === index ? { ...a, ...patch } : a)) })),
    [update],
  );

  /** Replaces the session (new, opened, copied), remembering it as the one open. */
  const replace = useCallback((next: EditorSession, nextDirty: boolean) => {
    setSession(next);
    setDirty(nextDirty);
    setRestored(false);
    latest.current = { session: next, dirty: nextDirty };
    lastStored.current = next;
    store(next, nextDirty);
  }, []);

  const openDraft = useCallback(
    (draft: OpenedDraft) => {
      const local = loadSaved(accountId, draft.mediaId);
      // An unsaved local copy of this draft wins (it was typed here and never reached WeChat).
      if (local?.dirty && local.session.articles.length) {
        replace(local.session, true);
        setRestored(true);
        return;
      }
      replace(
        {
          accountId,
          mediaId: draft.mediaId,
          revision: draft.revision,
          articles: fromFields(draft.articles),
          active: 0,
        },
        false,
      );
    },
    [accountId, replace],
  );

  const startNew = useCallback(
    (articles?: ArticleFields[]) => {
      const s = newSession(accountId);
      replace(articles ? { ...s, articles: fromFields(articles) } : s, Boolean(articles));
    },
    [accountId, replace],
  );

  const save = useCallback(
    async (hosts: readonly string[], opts: { force?: boolean; asNew?: boolean } = {}): Promise<SaveOutcome> => {
      const s = latest.current.session;
      const asNew = opts.asNew || !s.mediaId;
      setSaving(true);
      const fields = await toFields(s.articles, hosts);
      if (!fields.ok) {
        setSaving(false);
        return { kind: 'failed', error: fields.error };
      }
      const env = await articlesApi.saveDraft({
        accountId,
        articles: fields.value,
        ...(asNew ? {} : { mediaId: s.mediaId ?? undefined, baseRevision: s.revision ?? undefined }),
        ...(opts.force ? { force: true } : {}),
      });
      setSaving(false);
      if (!env.ok)
        return env.error.code === 'DRAFT_CONFLICT'
          ? { kind: 'conflict', error: env.error }
          : { kind: 'failed', error: env.error };
      const stillSame = latest.current.session === s;
      const next = { ...latest.current.session, mediaId: env.value.mediaId, revision: env.value.revision };
      if (s.mediaId !== env.value.mediaId) forget(accountId, s.mediaId);
      // Edits typed while saving stay dirty (they are not in what was sent).
      replace(next, !stillSame);
      return {
        kind: 'saved',
        created: env.value.created,
        ...(env.value.replaced ? { replaced: env.value.replaced } : {}),
        ...(env.value.recovered ? { recovered: env.value.recovered } : {}),
      };
    },
    [accountId, replace],
  );

  /** After publishing (WeChat removes the draft) or discarding: forget the local copy. */
  const close = useCallback(() => {
    forget(accountId, latest.current.session.mediaId);
    clearPointer(accountId);
    const s = newSession(accountId);
    latest.current = { session: s, dirty: false };
    lastStored.current = s;
    setSession(s);
    setDirty(false);
    setRestored(false);
  }, [accountId]);

  return {
    session,
    dirty,
    restored,
    saving,
    update,
    updateArticle,
    openDraft,
    startNew,
    save,
    close,
    flush,
    dismissRestored: () => setRestored(false),
  };
}

export type DraftSession = ReturnType<typeof useDraftSession>;
