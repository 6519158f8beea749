import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import './articles.css';
import './cover/cover.css';
import './editor/editor.css';
import './editor/tiptap-base.css';
import './preview.css';
import type { AppErrorPayload } from '@shared/errors';
import { useNotices } from '../../components/notices-context';
import { useT } from '../../i18n';
import { publishSettled } from '../../lib/query/invalidation';
import { useArticlesConfig, useFetchDraft } from './api/use-articles';
import { DraftEditor } from './DraftEditor';
import { DraftBox } from './lists/DraftBox';
import { LegacyNews } from './lists/LegacyNews';
import { PublishedList } from './lists/PublishedList';
import { useConfirm } from './use-confirm';
import { useDraftSession } from './use-draft-session';
import { useLeaveGuard } from './use-leave-guard';
import { runWhenHandled } from '../shortcuts/command-bus';
import { useCommand } from '../shortcuts/use-command';

type Tab = 'editor' | 'drafts' | 'published' | 'legacy';
const TABS: Tab[] = ['editor', 'drafts', 'published', 'legacy'];
const NO_HOSTS: string[] = [];

/**
 * Articles & drafts: the editor (restoring an unsaved session), the draft box, published articles and
 * legacy 图文. `openDraftId` (from the library's drafts view) opens that draft; `onDraftOpened` confirms.
 */
export function ArticlesView({
  accountId,
  openDraftId,
  onDraftOpened,
}: {
  accountId: string;
  openDraftId: string | null;
  onDraftOpened: () => void;
}) {
  const t = useT();
  const { showError } = useNotices();
  const draft = useDraftSession(accountId);
  const [tab, setTab] = useState<Tab>('editor');
  const client = useQueryClient();
  const config = useArticlesConfig(accountId);
  const hosts = config.data?.imageHosts ?? NO_HOSTS;
  const fetchDraft = useFetchDraft(accountId);
  const onError = useCallback((e: AppErrorPayload) => showError(e), [showError]);
  // A save or a settled publish changes the draft box and the published list.
  const onSaved = useCallback(() => publishSettled(client, accountId), [client, accountId]);
  const confirm = useConfirm();
  const { ask } = confirm;
  // One question for every way of leaving unsaved changes: another section, another draft, a new draft.
  const askLeave = useCallback(
    () =>
      ask({
        title: t('articles.leave.title'),
        body: t('articles.leaveConfirm'),
        confirmLabel: t('articles.leave.confirm'),
      }),
    [ask, t],
  );
  useLeaveGuard(draft.dirty, askLeave, draft.flush);

  const { openDraft, dirty, session } = draft;
  const open = useCallback(
    async (mediaId: string) => {
      if (dirty && session.mediaId !== mediaId && !(await askLeave())) return;
      const found = await fetchDraft(mediaId);
      if (!found) return;
      openDraft(found);
      setTab('editor');
    },
    [fetchDraft, dirty, session.mediaId, openDraft, askLeave],
  );

  // Mod+N from the draft box or another tab: the editor (features/shortcuts) starts the new article.
  useCommand('new-article', () => {
    runWhenHandled('new-article', 1);
    setTab('editor');
  });

  // Each request opens once, even if the parent keeps passing the same id.
  const handled = useRef<string | null>(null);
  useEffect(() => {
    if (!openDraftId || handled.current === openDraftId) return;
    handled.current = openDraftId;
    onDraftOpened();
    void open(openDraftId);
  }, [openDraftId, onDraftOpened, open]);
  useEffect(() => {
    if (!openDraftId) handled.current = null;
  }, [openDraftId]);

  return (
    <section className="articles" data-testid="articles-view">
      <nav className="articles-tabs" aria-label={t('nav.articles')}>
        {TABS.map((k) => (
          <button
            key={k}
            type="button"
            className={k === tab ? 'tab tab--active' : 'tab'}
            aria-current={k === tab ? 'page' : undefined}
            data-testid={`articles-tab-${k}`}
            onClick={() => setTab(k)}
          >
            {t(`articles.tab.${k}`)}
          </button>
        ))}
      </nav>
      {tab === 'editor' && (
        <DraftEditor
          accountId={accountId}
          hosts={hosts}
          draft={draft}
          onError={onError}
          onSaved={onSaved}
          askLeave={askLeave}
        />
      )}
      {tab === 'drafts' && <DraftBox accountId={accountId} onOpen={(id) => void open(id)} />}
      {tab === 'published' && <PublishedList accountId={accountId} />}
      {tab === 'legacy' && (
        <LegacyNews
          accountId={accountId}
          onCopy={(articles) => {
            void (async () => {
              if (draft.dirty && !(await askLeave())) return;
              draft.startNew(articles);
              setTab('editor');
            })();
          }}
        />
      )}
      {confirm.dialog}
    </section>
  );
}
