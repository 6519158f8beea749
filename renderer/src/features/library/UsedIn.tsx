/**
 * Where a material is used (LibraryItem.usedIn, electron/core/index/where-used.ts), in the three places
 * that show it: the card's "被 N 篇引用", the list of articles in the preview pane, and the warning of
 * the delete dialogs. Titles are user content (data-content, see test/e2e/ui-screens.ts).
 */
import type { LibraryUsage, LibraryUsedIn } from '@shared/features/library.channels';
import { useT } from '../../i18n';
import './used-in.css';

/** "被 N 篇引用" on a card, only when something uses it. */
export function UsedInBadge({ usedIn }: { usedIn?: LibraryUsedIn }) {
  const t = useT();
  if (!usedIn || usedIn.count === 0) return null;
  return (
    <p className="card-used" data-testid="material-used-in">
      {t('library.usedIn.badge', { n: usedIn.count })}
    </p>
  );
}

function UsageRow({ use, onOpenDraft }: { use: LibraryUsage; onOpenDraft?: (mediaId: string) => void }) {
  const t = useT();
  const title = use.title || t('library.usedIn.untitled');
  const roles = use.roles.map((r) => t(`library.usedIn.${r}`)).join(' · ');
  return (
    <li className="used-in-row" data-testid="used-in-row" data-media-id={use.mediaId}>
      {use.kind === 'draft' && onOpenDraft ? (
        <button
          type="button"
          className="used-in-open"
          aria-label={t('library.usedIn.open', { title })}
          onClick={() => onOpenDraft(use.mediaId)}
        >
          <bdi data-content>{title}</bdi>
        </button>
      ) : (
        <bdi className="used-in-title" data-content>
          {title}
        </bdi>
      )}{' '}
      <span className={`used-in-kind used-in-kind--${use.kind}`}>{t(`library.usedIn.${use.kind}`)}</span>{' '}
      <span className="used-in-roles">{roles}</span>
    </li>
  );
}

/** The articles that use a material: title (a draft opens in the editor), draft or published, and how. */
export function UsedInList({
  usedIn,
  onOpenDraft,
  labelledBy,
}: {
  usedIn: LibraryUsedIn;
  onOpenDraft?: (mediaId: string) => void;
  labelledBy?: string;
}) {
  const t = useT();
  return (
    <>
      <ul className="used-in-list" data-testid="used-in-list" aria-labelledby={labelledBy}>
        {usedIn.articles.map((use) => (
          <UsageRow key={`${use.kind}:${use.mediaId}:${use.article}`} use={use} onOpenDraft={onOpenDraft} />
        ))}
      </ul>
      {usedIn.count > usedIn.articles.length && (
        <p className="small">{t('library.usedIn.more', { n: usedIn.count - usedIn.articles.length })}</p>
      )}
    </>
  );
}

/** The delete dialogs' warning: what uses the materials about to be deleted. */
export function UsedInWarning({
  usedIn,
  checking,
  bulk,
}: {
  /** media_id → its uses, for the used ones. */
  usedIn: Record<string, LibraryUsedIn> | undefined;
  checking: boolean;
  bulk?: boolean;
}) {
  const t = useT();
  const used = Object.values(usedIn ?? {});
  if (used.length === 0) {
    return checking ? <p className="small used-in-checking">{t('library.usedIn.checking')}</p> : null;
  }
  const merged: LibraryUsedIn = {
    count: used.reduce((n, u) => n + u.count, 0),
    articles: used.flatMap((u) => u.articles),
  };
  return (
    <div className="used-in-warning" role="note" data-testid="used-in-warning">
      <p>
        {bulk ? t('library.usedIn.warnBulk', { n: used.length }) : t('library.usedIn.warnOne', { n: merged.count })}
      </p>
      <UsedInList usedIn={merged} />
    </div>
  );
}
