import { useCallback, useId, useMemo, useState } from 'react';
import type { AppErrorPayload } from '@shared/errors';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorText } from '../../components/ErrorText';
import { useT } from '../../i18n';
import { clientError } from '../../lib/app-error';
import { usePublish } from './api/use-publish';
import { ArticleFieldsForm } from './ArticleFieldsForm';
import { ArticleTabs } from './ArticleTabs';
import { CoverPicker } from './cover/CoverPicker';
import { RichEditor } from './editor/RichEditor';
import { articleTabId, emptyArticle, moveArticle, removeArticle } from './model';
import { plainText, toMarkedHtml, toWeChatHtml } from './output/to-wechat-html';
import { inlineMarkerStyles } from './output/wx-styles';
import { PhonePreview } from './preview/PhonePreview';
import { useRenderedArticle } from './preview/use-rendered-article';
import { ThemePicker } from './theme/ThemePicker';
import { ExportMenu } from './output/ExportMenu';
import { docToMarkdown } from './markdown/doc-to-md';
import { articlesApi } from './api/articles-api';
import { DEFAULT_THEME } from './theme/themes';
import { PublishPanel } from './PublishPanel';
import type { DraftSession } from './use-draft-session';
import { articleIssues } from './validate';
import { BodyCounter } from './BodyCounter';
import { SaveStatus, type SaveResult } from './SaveStatus';
import { useCommand } from '../shortcuts/use-command';

interface Props {
  accountId: string;
  hosts: readonly string[];
  draft: DraftSession;
  onError: (e: AppErrorPayload) => void;
  onSaved: () => void;
  /** Asks (in the app's dialog) before unsaved changes leave the editor. */
  askLeave: () => Promise<boolean>;
}

/** One draft: article tabs, cover, fields, body editor, preview, save and publish. */
export function DraftEditor({ accountId, hosts, draft, onError, onSaved, askLeave }: Props) {
  const t = useT();
  const { session, dirty, saving } = draft;
  const article = session.articles[session.active] ?? session.articles[0];
  const single = session.articles.length === 1;
  const tabIds = useId();
  /** A picture the editor refused (shown under the body, where it was pasted or dropped). */
  const [refusal, setRefusal] = useState<AppErrorPayload | null>(null);
  /** The outcome of the last save, shown beside the save button. */
  const [saveResult, setSaveResult] = useState<SaveResult | null>(null);
  const [conflict, setConflict] = useState<AppErrorPayload | null>(null);
  const [showPreview, setShowPreview] = useState(true);
  const [confirmPublish, setConfirmPublish] = useState(false);
  const publisher = usePublish(accountId, (s) => {
    if (s.state === 'published') draft.close();
    onSaved();
  });
  const marked = useMemo(() => toMarkedHtml(article.doc, hosts), [article.doc, hosts]);
  const html = useMemo(() => inlineMarkerStyles(marked), [marked]);
  const theme = article.theme ?? DEFAULT_THEME;
  const { rendered } = useRenderedArticle(marked, theme);
  const digestDefault = useMemo(
    () => Array.from(plainText(article.doc).replace(/\s+/g, ' ').trim()).slice(0, 54).join(''),
    [article.doc],
  );
  const patch = useCallback(
    (p: Parameters<DraftSession['updateArticle']>[1]) => draft.updateArticle(session.active, p),
    [draft, session.active],
  );

  const save = async (opts: { force?: boolean; asNew?: boolean } = {}) => {
    setRefusal(null);
    setSaveResult(null);
    // Every limit is checked here, before any call: the first problem is shown and its article selected.
    const issues = session.articles.flatMap((a, i) =>
      articleIssues(a, i, i === session.active ? html : toWeChatHtml(a.doc, hosts), hosts, single),
    );
    const first = issues[0];
    if (first) {
      if (first.article !== session.active) draft.update((s) => ({ ...s, active: first.article }));
      setSaveResult({ kind: 'refused', error: clientError('ARTICLE_INVALID', 'bad-input', first.key, first.vars) });
      return;
    }
    const outcome = await draft.save(hosts, opts);
    if (outcome.kind === 'conflict') {
      setSaveResult({ kind: 'conflict' });
      return setConflict(outcome.error);
    }
    setConflict(null);
    if (outcome.kind === 'failed') return setSaveResult({ kind: 'refused', error: outcome.error });
    setSaveResult({ kind: 'saved', at: Date.now(), ...(outcome.recovered ? { notice: outcome.recovered } : {}) });
    onSaved();
  };

  const startNew = async () => {
    if (dirty && !(await askLeave())) return;
    publisher.reset();
    setSaveResult(null);
    draft.startNew();
  };
  // Mod+S and Mod+N (keys and the desktop menu, features/shortcuts): the same as the buttons below.
  useCommand('save-draft', () => void (saving ? undefined : save()), { priority: 1 });
  useCommand('new-article', () => void startNew(), { priority: 1 });

  return (
    <div className="draft-editor" data-testid="draft-editor" data-media-id={session.mediaId ?? ''}>
      <ArticleTabs
        session={session}
        idPrefix={tabIds}
        onSelect={(i) => draft.update((s) => ({ ...s, active: i }))}
        onAdd={() =>
          draft.update((s) => ({ ...s, articles: [...s.articles, emptyArticle()], active: s.articles.length }))
        }
        onMove={(from, to) => draft.update((s) => moveArticle(s, from, to))}
        onRemove={(i) => draft.update((s) => removeArticle(s, i))}
      />
      <div className="draft-status" data-testid="draft-status" data-dirty={dirty}>
        {draft.restored && (
          <span className="restored" data-testid="draft-restored">
            {t('articles.restored')}
          </span>
        )}
        <span>{dirty ? t('articles.unsaved') : session.mediaId ? t('articles.saved') : t('articles.new')}</span>
        {session.mediaId && (
          <code className="media-id" data-testid="draft-media-id">
            {session.mediaId}
          </code>
        )}
      </div>
      <div className="draft-columns">
        <div className="draft-main" role="tabpanel" aria-labelledby={articleTabId(tabIds, article.key)}>
          <CoverPicker
            accountId={accountId}
            thumbMediaId={article.thumbMediaId}
            picCrop2351={article.picCrop2351}
            picCrop11={article.picCrop11}
            onChange={patch}
            onError={onError}
          />
          <ArticleFieldsForm
            article={article}
            single={single}
            digestDefault={digestDefault}
            onChange={patch}
            onBlur={draft.flush}
          />
          <RichEditor
            key={article.key}
            accountId={accountId}
            doc={article.doc}
            hosts={hosts}
            onChange={(doc) => patch({ doc })}
            onBlur={draft.flush}
            onError={(e) => setRefusal(e)}
          />
          {refusal && (
            <div className="article-refusal" role="alert" data-testid="article-refusal">
              <ErrorText error={refusal} />
            </div>
          )}
          <BodyCounter html={html} />
          {/* Under the body in every layout (the preview moves below the editor on narrow windows). */}
          <div className="draft-actions">
            {/* Each result appears beside the button that caused it, where the eye already is. */}
            <div className="action-with-status">
              <button
                type="button"
                className="btn btn-primary"
                data-testid="draft-save"
                disabled={saving}
                onClick={() => void save()}
              >
                {saving ? t('articles.saving') : t('articles.save')}
              </button>
              <SaveStatus result={saveResult} saving={saving} dirty={dirty} />
            </div>
            <div className="action-with-status">
              <button
                type="button"
                className="btn"
                data-testid="draft-publish"
                disabled={!session.mediaId || dirty || saving || publisher.view.phase === 'submitting'}
                title={dirty || !session.mediaId ? t('articles.publish.saveFirst') : undefined}
                onClick={() => setConfirmPublish(true)}
              >
                {t('articles.publish.button')}
              </button>
              <PublishPanel view={publisher.view} />
            </div>
            <button
              type="button"
              className="btn"
              data-testid="draft-preview-toggle"
              aria-pressed={showPreview}
              onClick={() => setShowPreview((p) => !p)}
            >
              {t('articles.preview')}
            </button>
            <button type="button" className="btn" data-testid="draft-new" onClick={() => void startNew()}>
              {t('articles.newDraft')}
            </button>
            <ExportMenu
              title={article.title}
              markdown={() => docToMarkdown(article.doc)}
              html={async () => {
                const env = await articlesApi.render(marked, theme);
                return env.ok ? { ok: true, value: env.value.html } : env;
              }}
              onError={onError}
            />
          </div>
          {conflict && (
            <div className="article-conflict" role="alert" data-testid="article-conflict">
              <ErrorText error={conflict} />
              <button
                type="button"
                className="btn btn-danger"
                data-testid="conflict-overwrite"
                onClick={() => void save({ force: true })}
              >
                {t('articles.conflict.overwrite')}
              </button>
              <button
                type="button"
                className="btn"
                data-testid="conflict-save-new"
                onClick={() => void save({ asNew: true })}
              >
                {t('articles.conflict.saveNew')}
              </button>
            </div>
          )}
        </div>
        {showPreview && (
          <div className="preview-column">
            <ThemePicker value={theme} onChange={(next) => patch({ theme: next })} />
            <PhonePreview
              accountId={accountId}
              title={article.title}
              author={article.author}
              html={marked}
              rendered={rendered?.html ?? null}
            />
            {rendered?.warnings.length ? (
              <p className="render-warning" role="status" data-testid="render-warning">
                {t('articles.theme.mathWarning', {
                  count: rendered.warnings.length,
                  source: rendered.warnings.map((w) => w.source).join('；'),
                })}
              </p>
            ) : null}
          </div>
        )}
      </div>
      {confirmPublish && session.mediaId && (
        <ConfirmDialog
          title={t('articles.publish.confirmTitle')}
          confirmLabel={t('articles.publish.button')}
          onConfirm={() => {
            setConfirmPublish(false);
            if (session.mediaId) publisher.publish(session.mediaId);
          }}
          onCancel={() => setConfirmPublish(false)}
        >
          {t('articles.publish.confirmBody')}
        </ConfirmDialog>
      )}
    </div>
  );
}
