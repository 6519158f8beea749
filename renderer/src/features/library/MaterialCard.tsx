import { memo, useState } from 'react';
import type { DragEvent, MouseEvent } from 'react';
import type { LibraryItem } from '@shared/features/library.channels';
import { useT } from '../../i18n';
import { formatUnixSeconds } from '../../lib/format';
import { thumbUrl } from '../../lib/thumb';
import { TYPE_GLYPH } from './material-types';
import { dragOutData } from './drag-out';
import { desktopStartDrag } from './api/drag-bridge';
import { displayName } from '../../lib/display-name';

export interface CardHandlers {
  onSelect: (item: LibraryItem, e: MouseEvent) => void;
  onOpen: (item: LibraryItem) => void;
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
}

/** One item: thumbnail or glyph, name, date, media_id, actions; click selects, double-click/Enter previews. */
export const MaterialCard = memo(function MaterialCard(props: MaterialCardProps) {
  const { accountId, item, index, selected, focused, downloading } = props;
  const t = useT();
  const [thumbFailed, setThumbFailed] = useState(false);
  const name = displayName(item.name) || t('card.untitled');
  const showThumb = item.hasThumb && !thumbFailed;
  const date = formatUnixSeconds(item.updateTime);

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

  return (
    <li
      className={selected ? 'card card--selected' : 'card'}
      data-testid="material-card"
      data-media-id={item.mediaId}
      data-index={index}
      aria-selected={selected}
      role="option"
      tabIndex={focused ? 0 : -1}
      draggable
      onDragStart={onDragStart}
      onClick={(e) => props.onSelect(item, e)}
      onDoubleClick={() => props.onOpen(item)}
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
        <input
          type="checkbox"
          className="card-check"
          data-testid="material-select"
          aria-label={t('library.select', { name })}
          checked={selected}
          tabIndex={-1}
          onClick={(e) => e.stopPropagation()}
          onChange={(e) => props.onSelect(item, { ...e, ctrlKey: true } as unknown as MouseEvent)}
        />
      </div>
      <div className="card-body">
        <h3 className="card-name" data-testid="material-name" title={name}>
          <bdi>{name}</bdi>
        </h3>
        {item.titles && item.titles.length > 1 && (
          <p className="card-sub" title={item.titles.join('\n')}>
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
        <code className="media-id" data-testid="material-media-id" title={item.mediaId}>
          {item.mediaId}
        </code>
      </div>
      <div className="card-actions">
        <button
          type="button"
          className="btn btn-small"
          data-testid="material-open"
          aria-label={t('library.card.open', { name })}
          onClick={(e) => {
            e.stopPropagation();
            props.onOpen(item);
          }}
        >
          {t('library.preview.title')}
        </button>
        <button
          type="button"
          className="btn btn-small"
          data-testid="material-download"
          aria-label={t('card.downloadLabel', { name })}
          disabled={downloading}
          onClick={(e) => {
            e.stopPropagation();
            props.onDownload(item);
          }}
        >
          {t('card.download')}
        </button>
        <button
          type="button"
          className="btn btn-small btn-ghost-danger"
          data-testid="material-delete"
          aria-label={t('card.deleteLabel', { name })}
          onClick={(e) => {
            e.stopPropagation();
            props.onDelete(item);
          }}
        >
          {t('card.delete')}
        </button>
      </div>
    </li>
  );
});
