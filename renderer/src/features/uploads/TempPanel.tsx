/** Temporary media: the local ledger with expiry countdowns, fetch by media_id or pasted XML, preview, save. */
import { useState } from 'react';
import { useNotices } from '../../components/notices-context';
import { useT } from '../../i18n';
import { assetUrl } from '../../lib/asset-url';
import { useTempMedia } from './api/use-temp-media';
import { bytes, countdown } from './format';
import { useNow } from './use-now';

export function TempPanel({ accountId }: { accountId: string }) {
  const t = useT();
  const { showToast } = useNotices();
  const { entries, busy, fetchMedia, save } = useTempMedia(accountId);
  const [input, setInput] = useState('');
  const now = useNow(30_000);
  return (
    <div className="uploads-temp" data-testid="uploads-temp">
      <h3>{t('uploads.temp')}</h3>
      <p className="uploads-hint">{t('uploads.tempHint')}</p>
      <form
        className="uploads-temp-fetch"
        onSubmit={(e) => {
          e.preventDefault();
          if (input.trim()) fetchMedia(input);
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
          {t('uploads.tempFetch')}
        </button>
      </form>
      {entries.length === 0 ? (
        <p className="uploads-hint">{t('uploads.tempEmpty')}</p>
      ) : (
        <ul className="temp-entries">
          {entries.map((e) => (
            <li key={e.mediaId} data-testid="temp-entry" data-media-id={e.mediaId} data-expired={e.expired}>
              {e.preview?.contentType.startsWith('image/') && (
                <img className="temp-preview" data-testid="temp-preview" src={assetUrl(e.preview.src)} alt={e.name} />
              )}
              <span className="uploads-name">{e.name}</span>
              <code className="temp-id">{e.mediaId}</code>
              <span className="temp-expiry" data-testid="temp-expiry">
                {e.expired ? t('uploads.tempExpired') : t('uploads.expiresIn', { left: countdown(e.expiresAt, now) })}
              </span>
              {e.preview && <span className="uploads-size">{bytes(e.preview.bytes)}</span>}
              {e.videoUrl && (
                <a href={e.videoUrl} target="_blank" rel="noreferrer noopener" data-testid="temp-video-url">
                  {t('uploads.tempVideo')}
                </a>
              )}
              {!e.expired && !e.preview && !e.videoUrl && (
                <button type="button" className="link" onClick={() => fetchMedia(e.mediaId)}>
                  {t('uploads.tempFetch')}
                </button>
              )}
              {!e.expired && (e.preview || e.videoUrl) && (
                <button
                  type="button"
                  data-testid="temp-save"
                  onClick={() =>
                    void save(e.mediaId).then((o) => {
                      if (o?.kind === 'saved') showToast(t('uploads.tempSaved', { path: o.path }));
                    })
                  }
                >
                  {t('uploads.tempSave')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
