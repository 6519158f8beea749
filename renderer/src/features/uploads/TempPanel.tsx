/**
 * Temporary media: the local ledger with expiry countdowns, fetch by media_id or pasted XML, preview,
 * save. A fetched item is scrolled into view and highlighted; Save shows that it is waiting while the
 * core retries (a temporary video can take a while to be ready).
 */
import { useEffect, useRef, useState } from 'react';
import { useNotices } from '../../components/notices-context';
import { useT } from '../../i18n';
import { assetUrl } from '../../lib/asset-url';
import { useTempMedia } from './api/use-temp-media';
import { useFormat } from '../../i18n/format';
import { useNow } from './use-now';

/** How long a fetched entry stays highlighted. */
const HIGHLIGHT_MS = 4000;

export function TempPanel({ accountId }: { accountId: string }) {
  const t = useT();
  const { showToast } = useNotices();
  const { entries, busy, fetchMedia, save, saving } = useTempMedia(accountId);
  const [input, setInput] = useState('');
  const [highlight, setHighlight] = useState<string | null>(null);
  const list = useRef<HTMLUListElement>(null);
  const now = useNow(30_000);
  const f = useFormat();

  const fetchInput = async () => {
    const entry = await fetchMedia(input);
    if (entry) setHighlight(entry.mediaId);
  };

  // Once the re-listed ledger shows the fetched entry, bring it forward; the highlight then fades.
  const shown = highlight !== null && entries.some((e) => e.mediaId === highlight);
  useEffect(() => {
    if (!shown) return;
    const row = [...(list.current?.querySelectorAll<HTMLElement>('[data-media-id]') ?? [])].find(
      (el) => el.dataset.mediaId === highlight,
    );
    row?.scrollIntoView({ block: 'nearest' });
    const timer = setTimeout(() => setHighlight(null), HIGHLIGHT_MS);
    return () => clearTimeout(timer);
  }, [shown, highlight]);

  return (
    <div className="uploads-temp" data-testid="uploads-temp">
      <h3>{t('uploads.temp')}</h3>
      <p className="uploads-hint">{t('uploads.tempHint')}</p>
      <form
        className="uploads-temp-fetch"
        onSubmit={(e) => {
          e.preventDefault();
          if (input.trim()) void fetchInput();
        }}
      >
        <textarea
          data-testid="temp-input"
          rows={3}
          maxLength={4_000}
          placeholder={t('uploads.tempInput')}
          aria-label={t('uploads.tempInput')}
          value={input}
          onChange={(e) => setInput(e.target.value)}
        />
        <button type="submit" data-testid="temp-fetch" disabled={busy || !input.trim()}>
          {busy ? t('uploads.tempFetching') : t('uploads.tempFetch')}
        </button>
      </form>
      {entries.length === 0 ? (
        <p className="uploads-hint">{t('uploads.tempEmpty')}</p>
      ) : (
        <ul className="temp-entries" ref={list}>
          {entries.map((e) => (
            <li
              key={e.mediaId}
              data-testid="temp-entry"
              data-media-id={e.mediaId}
              data-expired={e.expired}
              data-highlighted={highlight === e.mediaId || undefined}
              aria-current={highlight === e.mediaId || undefined}
            >
              {e.preview?.contentType.startsWith('image/') && (
                <img className="temp-preview" data-testid="temp-preview" src={assetUrl(e.preview.src)} alt={e.name} />
              )}
              <span className="uploads-name" data-content>
                {e.name}
              </span>
              <code className="temp-id">{e.mediaId}</code>
              <span className="temp-expiry" data-testid="temp-expiry">
                {e.expired ? t('uploads.tempExpired') : t('uploads.expiresIn', { left: f.remaining(e.expiresAt, now) })}
              </span>
              {e.preview && <span className="uploads-size">{f.bytes(e.preview.bytes)}</span>}
              {e.videoUrl && (
                <a href={e.videoUrl} target="_blank" rel="noreferrer noopener" data-testid="temp-video-url">
                  {t('uploads.tempVideo')}
                </a>
              )}
              {!e.expired && !e.preview && !e.videoUrl && (
                <button type="button" className="link" onClick={() => void fetchMedia(e.mediaId)}>
                  {t('uploads.tempFetchOne')}
                </button>
              )}
              {!e.expired && (e.preview || e.videoUrl) && (
                <button
                  type="button"
                  data-testid="temp-save"
                  disabled={saving === e.mediaId}
                  aria-busy={saving === e.mediaId}
                  onClick={() =>
                    void save(e.mediaId).then((o) => {
                      if (o?.kind === 'saved') showToast(t('uploads.tempSaved', { path: o.path }));
                    })
                  }
                >
                  {saving === e.mediaId ? t('uploads.tempSaving') : t('uploads.tempSave')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
