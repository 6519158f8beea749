import { useState } from 'react';
import type { MaterialItem } from '../../../../electron/shared/models';
import { useT } from '../../i18n';
import { formatUnixSeconds } from '../../lib/format';
import { thumbUrl } from '../../lib/thumb';
import { TYPE_GLYPH } from './material-types';

interface MaterialCardProps {
  accountId: string;
  item: MaterialItem;
  downloading: boolean;
  onDelete: (item: MaterialItem) => void;
  onDownload: (item: MaterialItem) => void;
}

export function MaterialCard({ accountId, item, downloading, onDelete, onDownload }: MaterialCardProps) {
  const t = useT();
  const [thumbFailed, setThumbFailed] = useState(false);
  const name = item.name || t('card.untitled');
  const showThumb = item.hasThumb && !thumbFailed;
  const date = formatUnixSeconds(item.updateTime);

  return (
    <li className="card" data-testid="material-card" data-media-id={item.mediaId}>
      <div className={`card-thumb card-thumb--${item.type}`}>
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
            {TYPE_GLYPH[item.type]}
          </span>
        )}
      </div>
      <div className="card-body">
        <h3 className="card-name" data-testid="material-name" title={name}>
          {name}
        </h3>
        {item.articleTitles && item.articleTitles.length > 1 && (
          <p className="card-sub" title={item.articleTitles.join('\n')}>
            {t('card.articles', { n: item.articleTitles.length })}
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
          data-testid="material-download"
          aria-label={t('card.downloadLabel', { name })}
          disabled={downloading}
          onClick={() => onDownload(item)}
        >
          {t('card.download')}
        </button>
        <button
          type="button"
          className="btn btn-small btn-ghost-danger"
          data-testid="material-delete"
          aria-label={t('card.deleteLabel', { name })}
          onClick={() => onDelete(item)}
        >
          {t('card.delete')}
        </button>
      </div>
    </li>
  );
}
