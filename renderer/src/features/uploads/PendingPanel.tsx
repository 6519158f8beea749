/**
 * Adding files on the uploads screen: the picker, how new files are sent (permanent/temporary, type
 * auto from content), the "review first" switch, and — in review mode — the files waiting for 开始上传
 * with their video title/intro. Without review, picked files start at once (use-file-arrivals.ts).
 */
import { useId, useRef, useState } from 'react';
import type { UploadMode } from '@shared/features/uploads.channels';
import type { UploadType } from '@shared/models';
import { useT } from '../../i18n';
import { useFormat } from '../../i18n/format';
import { looksLikeVideo, pendingFiles, usePendingFiles } from './pending-files';
import { uploadSettings, useUploadSettings } from './upload-settings';

const TYPES = ['auto', 'image', 'voice', 'video', 'thumb'] as const;

export function PendingPanel({
  staging,
  onFiles,
  onStart,
}: {
  staging: boolean;
  /** Picked files: uploaded at once, or added to the pending list in review mode. */
  onFiles: (files: File[]) => void;
  /** Review mode: starts the pending files; answers how many were refused, or null after an error. */
  onStart: (mode: UploadMode, type: UploadType | 'auto') => Promise<number | null>;
}) {
  const t = useT();
  const f = useFormat();
  const pending = usePendingFiles();
  const { reviewFirst, mode, type } = useUploadSettings();
  const [refusedCount, setRefusedCount] = useState<number | null>(null);
  const picker = useRef<HTMLInputElement>(null);
  const typeId = useId();
  const reviewHintId = useId();

  const start = async () => {
    const refused = await onStart(mode, type);
    if (refused !== null) setRefusedCount(refused);
  };

  return (
    <div className="uploads-pending" data-testid="uploads-pending">
      <div className="uploads-pick">
        {/* A real button: a label around a hidden input cannot be reached with Tab. */}
        <button type="button" className="primary" onClick={() => picker.current?.click()}>
          {t('uploads.pick')}
        </button>
        <input
          ref={picker}
          type="file"
          multiple
          hidden
          tabIndex={-1}
          aria-label={t('uploads.pick')}
          data-testid="uploads-picker"
          onChange={(e) => {
            onFiles(Array.from(e.target.files ?? []));
            e.target.value = '';
          }}
        />
        <p className="uploads-hint">{t('uploads.pasteHint')}</p>
      </div>
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
                onChange={() => uploadSettings.set({ mode: m })}
              />
              {t(`uploads.mode.${m}`)}
            </label>
          ))}
        </fieldset>
        <label htmlFor={typeId}>{t('uploads.type')}</label>
        <select
          id={typeId}
          data-testid="uploads-type"
          value={type}
          onChange={(e) => uploadSettings.set({ type: e.target.value as UploadType | 'auto' })}
        >
          {TYPES.map((ty) => (
            <option key={ty} value={ty}>
              {t(`uploads.type.${ty}`)}
            </option>
          ))}
        </select>
        <label className="uploads-review-first">
          <input
            type="checkbox"
            checked={reviewFirst}
            aria-describedby={reviewHintId}
            onChange={(e) => uploadSettings.set({ reviewFirst: e.target.checked })}
          />
          {t('uploads.reviewFirst')}
        </label>
        <span className="uploads-hint" id={reviewHintId}>
          {reviewFirst ? t('uploads.reviewFirst.on') : t('uploads.reviewFirst.off')}
        </span>
      </div>
      {pending.length > 0 && (
        <>
          <h3>{t('uploads.pending', { count: pending.length })}</h3>
          <ul className="uploads-pending-list">
            {pending.map((p) => (
              <li key={p.id} data-testid="pending-file">
                <span className="uploads-name" data-content>
                  {p.file.name}
                </span>
                <span className="uploads-size">{f.bytes(p.file.size)}</span>
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
