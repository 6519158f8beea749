/** Files waiting to be sent: mode (permanent/temporary), type (auto from content), video title/intro, start. */
import { useState } from 'react';
import type { RefusedFile, UploadMode } from '@shared/features/uploads.channels';
import type { UploadType } from '@shared/models';
import { useT } from '../../i18n';
import { bytes } from './format';
import { looksLikeVideo, pendingFiles, usePendingFiles } from './pending-files';

const TYPES = ['auto', 'image', 'voice', 'video', 'thumb'] as const;

export function PendingPanel({
  staging,
  onStart,
}: {
  staging: boolean;
  onStart: (mode: UploadMode, type: UploadType | 'auto') => Promise<RefusedFile[] | null>;
}) {
  const t = useT();
  const pending = usePendingFiles();
  const [mode, setMode] = useState<UploadMode>('permanent');
  const [type, setType] = useState<UploadType | 'auto'>('auto');
  const [refusedCount, setRefusedCount] = useState<number | null>(null);

  const start = async () => {
    const refused = await onStart(mode, type);
    if (refused) setRefusedCount(refused.length);
  };

  return (
    <div className="uploads-pending" data-testid="uploads-pending">
      <div className="uploads-pick">
        <label className="button">
          {t('uploads.pick')}
          <input
            type="file"
            multiple
            hidden
            data-testid="uploads-picker"
            onChange={(e) => {
              pendingFiles.add(Array.from(e.target.files ?? []));
              e.target.value = '';
            }}
          />
        </label>
        <p className="uploads-hint">{t('uploads.pasteHint')}</p>
      </div>
      {pending.length > 0 && (
        <>
          <h3>{t('uploads.pending', { count: pending.length })}</h3>
          <div className="uploads-options">
            <fieldset>
              <legend>{t('uploads.mode')}</legend>
              {(['permanent', 'temporary'] as const).map((m) => (
                <label key={m}>
                  <input
                    type="radio"
                    name="upload-mode"
                    data-testid={`uploads-mode-${m}`}
                    checked={mode === m}
                    onChange={() => setMode(m)}
                  />
                  {t(`uploads.mode.${m}`)}
                </label>
              ))}
            </fieldset>
            <label>
              {t('uploads.type')}
              <select
                data-testid="uploads-type"
                value={type}
                onChange={(e) => setType(e.target.value as UploadType | 'auto')}
              >
                {TYPES.map((ty) => (
                  <option key={ty} value={ty}>
                    {t(`uploads.type.${ty}`)}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <ul className="uploads-pending-list">
            {pending.map((p) => (
              <li key={p.id} data-testid="pending-file">
                <span className="uploads-name">{p.file.name}</span>
                <span className="uploads-size">{bytes(p.file.size)}</span>
                {mode === 'permanent' && (type === 'video' || (type === 'auto' && looksLikeVideo(p.file))) && (
                  <span className="uploads-video-fields">
                    <input
                      aria-label={t('uploads.videoTitle')}
                      placeholder={t('uploads.videoTitle')}
                      maxLength={64}
                      value={p.title}
                      onChange={(e) => pendingFiles.update(p.id, { title: e.target.value })}
                    />
                    <input
                      aria-label={t('uploads.videoIntro')}
                      placeholder={t('uploads.videoIntro')}
                      maxLength={300}
                      value={p.introduction}
                      onChange={(e) => pendingFiles.update(p.id, { introduction: e.target.value })}
                    />
                  </span>
                )}
                <button type="button" className="link" onClick={() => pendingFiles.remove(p.id)}>
                  {t('uploads.removePending')}
                </button>
              </li>
            ))}
          </ul>
          <div className="uploads-actions">
            <button
              type="button"
              className="primary"
              data-testid="uploads-start"
              disabled={staging}
              onClick={() => void start()}
            >
              {staging ? t('uploads.staging') : t('uploads.start')}
            </button>
            <button type="button" onClick={() => pendingFiles.clear()} disabled={staging}>
              {t('uploads.clearPending')}
            </button>
          </div>
        </>
      )}
      {refusedCount !== null && refusedCount > 0 && (
        <p className="uploads-refused-summary" role="status" data-testid="uploads-refused-summary">
          {t('uploads.refusedSummary', { count: refusedCount })}
        </p>
      )}
    </div>
  );
}
