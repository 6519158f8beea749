import { useEffect, useRef, useState } from 'react';
import type { LibraryDetail, LibraryItem, LibraryKind } from '@shared/features/library.channels';
import { ErrorText } from '../../components/ErrorText';
import { useT } from '../../i18n';
import { useFormat } from '../../i18n/format';
import { assetUrl } from '../../lib/asset-url';
import { useDetail } from './api/use-detail';
import { safeArticleHtml } from './article-html';
import { ItemName } from '../../components/ItemName';
import { copyText } from '../../lib/clipboard';
import { useEscapeToClose } from './use-escape-to-close';
import { PREVIEW_PANE_ATTR } from './use-preview-target';
import { useWhereUsed } from './api/use-where-used';
import { UsedInList } from './UsedIn';

interface PreviewPaneProps {
  accountId: string;
  target: { kind: LibraryKind; mediaId: string };
  onClose: () => void;
  onOpenDraft?: (mediaId: string) => void;
  onDownload: (item: LibraryItem) => void;
  onDelete: (item: LibraryItem) => void;
  /** A download of this item is running. */
  downloading: boolean;
}

function CopyField({ label, value, testId }: { label: string; value: string; testId: string }) {
  const t = useT();
  const [copied, setCopied] = useState(false);
  return (
    <div className="detail-row">
      <dt>{label}</dt>
      <dd>
        <code className="mono small" data-testid={testId} data-content>
          {value}
        </code>
        <button
          type="button"
          className="btn btn-small"
          data-testid={`${testId}-copy`}
          aria-label={t(copied ? 'library.preview.copiedField' : 'library.preview.copyField', { field: label })}
          onClick={() => void copyText(value).then(setCopied)}
        >
          {copied ? t('library.preview.copied') : t('library.preview.copy')}
        </button>
      </dd>
    </div>
  );
}

function Media({ detail }: { detail: LibraryDetail }) {
  const t = useT();
  const src = detail.previewUrl && assetUrl(detail.previewUrl);
  if (detail.articles) {
    return (
      <div className="articles" data-testid="preview-articles">
        {detail.articles.map((a, i) => (
          <article key={i} className="article" data-content>
            <h3>{a.title}</h3>
            {a.author && <p className="small">{t('library.preview.by', { author: a.author })}</p>}
            {/* Sanitised: no script, style, remote media or inline styles (see article-html.ts). */}
            <div className="article-body" dangerouslySetInnerHTML={{ __html: safeArticleHtml(a.html) }} />
          </article>
        ))}
      </div>
    );
  }
  if (!src) return <p className="empty-hint">{t('library.preview.noPreview')}</p>;
  switch (detail.item.kind) {
    case 'image':
      return <img className="preview-image" data-testid="preview-image" src={src} alt={detail.item.name} />;
    case 'voice':
      return <audio className="preview-audio" data-testid="preview-audio" src={src} controls preload="none" />;
    case 'video':
      return <video className="preview-video" data-testid="preview-video" src={src} controls preload="none" />;
    default:
      return null;
  }
}

/**
 * The preview pane: the item itself (picture, player, or the articles), its details with copy buttons,
 * and the card's actions. Opening moves focus here (so Tab reaches Copy, Download, Delete); Escape or
 * Close closes it and focus goes back to the opener (use-preview-target.ts).
 */
export function PreviewPane(props: PreviewPaneProps) {
  const { accountId, target, onClose, onOpenDraft } = props;
  const t = useT();
  const f = useFormat();
  const detail = useDetail(accountId, target);
  const d = detail.data;
  // Read apart from the details (which are cached longer): a draft saved meanwhile shows here at once.
  const isMaterial = target.kind !== 'draft' && target.kind !== 'published';
  const usedIn = useWhereUsed(accountId, [target.mediaId], { enabled: isMaterial }).data?.[target.mediaId];
  const paneRef = useRef<HTMLElement>(null);
  useEscapeToClose(onClose);
  useEffect(() => {
    paneRef.current?.focus({ preventScroll: true });
  }, [target.mediaId]);
  return (
    <aside
      ref={paneRef}
      className="preview"
      data-testid="preview-pane"
      {...{ [PREVIEW_PANE_ATTR]: '' }}
      aria-label={t('library.preview.title')}
      tabIndex={-1}
    >
      <div className="preview-head">
        <h2 className="preview-title">
          <ItemName name={d?.item.name || t('library.preview.title')} />
        </h2>
        {target.kind === 'draft' && onOpenDraft && (
          <button
            type="button"
            className="btn btn-primary btn-small"
            data-testid="preview-edit"
            onClick={() => onOpenDraft(target.mediaId)}
          >
            {t('library.preview.edit')}
          </button>
        )}
        <button type="button" className="btn btn-small" data-testid="preview-close" onClick={onClose}>
          {t('library.preview.close')}
        </button>
      </div>
      {!d ? (
        <p className="empty-hint" aria-busy="true">
          {detail.error ? <ErrorText error={detail.error.payload} /> : t('library.preview.loading')}
        </p>
      ) : (
        <>
          <div className="preview-media">
            <Media detail={d} />
          </div>
          <dl className="details">
            <CopyField label={t('library.preview.mediaId')} value={d.item.mediaId} testId="detail-media-id" />
            <CopyField label={t('library.preview.name')} value={d.item.name} testId="detail-name" />
            {d.url && <CopyField label={t('library.preview.url')} value={d.url} testId="detail-url" />}
            <div className="detail-row">
              <dt>{t('library.preview.updated')}</dt>
              <dd data-testid="detail-updated">{f.dateTime(d.item.updateTime)}</dd>
            </div>
            {usedIn && (
              <div className="detail-row" data-testid="detail-used-in">
                <dt id="detail-used-in-label">{t('library.usedIn.title')}</dt>
                <dd>
                  <UsedInList usedIn={usedIn} onOpenDraft={onOpenDraft} labelledBy="detail-used-in-label" />
                </dd>
              </div>
            )}
          </dl>
          <div className="preview-actions">
            <button
              type="button"
              className="btn btn-small"
              data-testid="preview-download"
              disabled={props.downloading}
              onClick={() => props.onDownload(d.item)}
            >
              {t('card.download')}
            </button>
            <button
              type="button"
              className="btn btn-small btn-ghost-danger"
              data-testid="preview-delete"
              onClick={() => props.onDelete(d.item)}
            >
              {t('card.delete')}
            </button>
          </div>
        </>
      )}
    </aside>
  );
}
