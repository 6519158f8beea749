import { memo, useEffect, useState } from 'react';
import type { DragEvent, KeyboardEvent, MouseEvent } from 'react';
import type { LibraryItem } from '@shared/features/library.channels';
import { useT } from '../../i18n';
import { useFormat } from '../../i18n/format';
import { thumbUrl } from '../../lib/thumb';
import { TYPE_GLYPH } from './material-types';
import { dragOutData } from './drag-out';
import { desktopStartDrag } from './api/drag-bridge';
import { displayName } from '../../lib/display-name';
import { copyText } from '../../lib/clipboard';
import { UsedInBadge } from './UsedIn';
import { useVoiceDuration } from './api/voice-duration-context';

export interface CardHandlers {
  onSelect: (item: LibraryItem, e: MouseEvent) => void;
  onToggle: (item: LibraryItem) => void;
  onOpen: (item: LibraryItem) => void;
  /** A double-click: opens the preview and leaves the selection as it was before the first click. */
  onOpenByDoubleClick: (item: LibraryItem) => void;
  onDelete: (item: LibraryItem) => void;
  onDownload: (item: LibraryItem) => void;
}

interface MaterialCardProps extends CardHandlers {
  accountId: string;
  item: LibraryItem;
  index: number;
  selected: boolean;
  focused: boolean;
  downloading: boolean;
  /** The card (or a control in it) got focus: the grid's roving focus follows. */
  onFocusCard: (index: number) => void;
}

/**
 * One item as a cell of the library grid (MaterialGrid.tsx): thumbnail or glyph, name, date,
 * media_id, and its actions. The cell is the grid's one Tab stop; its controls are reached with the
 * mouse or, from the keyboard, with F2 (grid-keys.ts), so the grid stays a single Tab stop.
 * Click selects, double-click and Enter preview, Ctrl+C copies the media_id.
 */
export const MaterialCard = memo(function MaterialCard(props: MaterialCardProps) {
  const { accountId, item, index, selected, focused, downloading } = props;
  const t = useT();
  const [thumbFailed, setThumbFailed] = useState(false);
  const [copied, setCopied] = useState(false);
  const name = displayName(item.name) || t('card.untitled');
  const showThumb = item.hasThumb && !thumbFailed;
  const date = useFormat().dateTime(item.updateTime);
  const copyId = () => void copyText(item.mediaId).then(setCopied);
  useEffect(() => {
    if (!copied) return undefined;
    const timer = setTimeout(() => setCopied(false), 2000);
    return () => clearTimeout(timer);
  }, [copied]);

  const onDragStart = (e: DragEvent) => {
    const data = dragOutData(accountId, item);
    if (!data) return;
    const startDrag = desktopStartDrag();
    if (startDrag) {
      // Desktop: the main process saves the file and starts a native drag of a real file.
      e.preventDefault();
      startDrag(accountId, item.mediaId);
    } else {
      e.dataTransfer.setData('DownloadURL', data);
    }
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.target !== e.currentTarget) return;
    if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'c') {
      e.preventDefault();
      copyId();
    }
  };

  // Every control inside is out of the Tab order (tabIndex -1): the grid is one Tab stop. The cell's
  // name is its visible text (name, date, media_id, buttons), as WCAG 2.5.3 asks of a named-from-content role.
  return (
    <div
      className={selected ? 'card card--selected' : 'card'}
      data-testid="material-card"
      data-media-id={item.mediaId}
      data-index={index}
      role="gridcell"
      aria-selected={selected}
      aria-keyshortcuts="Enter Space Delete F2 Control+C"
      tabIndex={focused ? 0 : -1}
      draggable
      onDragStart={onDragStart}
      onFocus={() => props.onFocusCard(index)}
      onKeyDown={onKeyDown}
      onClick={(e) => props.onSelect(item, e)}
      onDoubleClick={() => props.onOpenByDoubleClick(item)}
    >
      <div className={`card-thumb card-thumb--${item.kind}`}>
        {showThumb ? (
          <img
            data-testid="material-thumb"
            src={thumbUrl(accountId, item.mediaId)}
            alt=""
            loading="lazy"
            decoding="async"
            draggable={false}
            onError={() => setThumbFailed(true)}
          />
        ) : (
          <span className="type-glyph" aria-hidden="true">
            {TYPE_GLYPH[item.kind]}
          </span>
        )}
        {item.kind === 'voice' && <VoiceDurationBadge mediaId={item.mediaId} />}
        <input
          type="checkbox"
          className="card-check"
          data-testid="material-select"
          aria-label={t('library.select', { name })}
          checked={selected}
          tabIndex={-1}
          onClick={(e) => e.stopPropagation()}
          onDoubleClick={(e) => e.stopPropagation()}
          onChange={() => props.onToggle(item)}
        />
      </div>
      <div className="card-body">
        <h3 className="card-name" data-testid="material-name" title={name} data-content>
          <bdi>{name}</bdi>
        </h3>
        {item.titles && item.titles.length > 1 && (
          // The tooltip lists the articles' titles: user content (data-content, see test/e2e/ui-screens.ts).
          <p className="card-sub" title={item.titles.join('\n')} data-content>
            {t('card.articles', { n: item.titles.length })}
          </p>
        )}
        <time
          className="card-date"
          data-testid="material-date"
          dateTime={new Date(item.updateTime * 1000).toISOString()}
        >
          {date}
        </time>
        <UsedInBadge usedIn={item.usedIn} />
        <div className="card-id">
          <code className="media-id" data-testid="material-media-id" title={item.mediaId}>
            {item.mediaId}
          </code>
          <button
            type="button"
            className="btn btn-small btn-ghost card-copy"
            data-testid="material-copy-id"
            aria-label={t(copied ? 'library.card.copiedId' : 'library.card.copyId', { name })}
            tabIndex={-1}
            onClick={(e) => {
              e.stopPropagation();
              copyId();
            }}
            onDoubleClick={(e) => e.stopPropagation()}
          >
            {copied ? t('library.preview.copied') : t('library.preview.copy')}
          </button>
        </div>
      </div>
      <div className="card-actions" role="toolbar" aria-label={t('library.card.actions', { name })}>
        <button
          type="button"
          className="btn btn-small"
          data-testid="material-open"
          aria-label={t('library.card.open', { name })}
          tabIndex={-1}
          onClick={(e) => {
            e.stopPropagation();
            props.onOpen(item);
          }}
          onDoubleClick={(e) => e.stopPropagation()}
        >
          {t('library.preview.title')}
        </button>
        <button
          type="button"
          className="btn btn-small"
          data-testid="material-download"
          aria-label={t('card.downloadLabel', { name })}
          tabIndex={-1}
          disabled={downloading}
          onClick={(e) => {
            e.stopPropagation();
            props.onDownload(item);
          }}
          onDoubleClick={(e) => e.stopPropagation()}
        >
          {t('card.download')}
        </button>
        <button
          type="button"
          className="btn btn-small btn-ghost-danger"
          data-testid="material-delete"
          aria-label={t('card.deleteLabel', { name })}
          tabIndex={-1}
          onClick={(e) => {
            e.stopPropagation();
            props.onDelete(item);
          }}
          onDoubleClick={(e) => e.stopPropagation()}
        >
          {t('card.delete')}
        </button>
      </div>
    </div>
  );
});

/** A voice's length on its card (m:ss), once the core has measured it; nothing before. */
function VoiceDurationBadge({ mediaId }: { mediaId: string }) {
  const seconds = useVoiceDuration(mediaId);
  const t = useT();
  if (seconds === undefined) return null;
  const whole = Math.round(seconds);
  const clock = `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
  return (
    <span className="card-duration" data-testid="voice-duration" aria-label={t('card.duration', { clock })}>
      {clock}
    </span>
  );
}
