/**
 * One queued file: name, detected type, status, bytes, progress, reason and the actions its state
 * allows; once done, its media_id with a copy button and a way to open it in the library.
 */
import { useState } from 'react';
import type { UploadJobView } from '@shared/features/uploads.channels';
import { ErrorText } from '../../components/ErrorText';
import { useT } from '../../i18n';
import type { QueueAction } from './api/use-upload-queue';
import { copyText } from '../../lib/clipboard';
import { useFormat } from '../../i18n/format';

export function JobRow({
  job,
  now,
  onAction,
  onDuplicate,
  onShowInLibrary,
}: {
  job: UploadJobView;
  now: number;
  onAction: (action: QueueAction, jobId: string) => void;
  onDuplicate: (jobId: string, choice: 'use-existing' | 'upload-anyway') => void;
  /** Permanent material only: temporary media are not in the library. */
  onShowInLibrary?: (job: UploadJobView) => void;
}) {
  const t = useT();
  const [copied, setCopied] = useState<boolean | null>(null);
  const copy = (mediaId: string) => void copyText(mediaId).then(setCopied);
  const f = useFormat();
  const pct = job.size > 0 ? Math.round((Math.min(job.size, job.transferred) / job.size) * 100) : 0;
  const act = (a: QueueAction, label: string) => (
    <button type="button" className="link" data-testid={`job-${a}`} onClick={() => onAction(a, job.id)}>
      {label}
    </button>
  );
  return (
    <li
      className={`upload-job upload-job-${job.status}`}
      data-testid="upload-job"
      data-status={job.status}
      data-name={job.name}
    >
      <div className="upload-job-main">
        <span className="uploads-name" data-content>
          {job.name}
        </span>
        {/* A refused file was never identified for sure: its type would be a guess. */}
        {job.status !== 'refused' && (
          <span className="upload-job-type" data-testid="job-type">
            {t(`uploads.type.${job.type}`)}
          </span>
        )}
        <span className="upload-job-status" data-testid="job-status">
          {t(`uploads.status.${job.status}`)}
          {job.attempts > 1 && job.status !== 'done' && ` · ${t('uploads.attempts', { n: job.attempts })}`}
          {job.reused && ` · ${t('uploads.reused')}`}
        </span>
        {job.status === 'refused' ? (
          // Never sent: a progress bar would only suggest it might be.
          <span className="uploads-size">{f.bytes(job.size)}</span>
        ) : (
          <>
            <span className="uploads-size">
              {f.bytes(job.status === 'done' ? job.size : job.transferred)} / {f.bytes(job.size)}
            </span>
            <progress max={100} value={job.status === 'done' ? 100 : pct} aria-label={job.name} />
          </>
        )}
        {job.expiresAt !== undefined && (
          <span className="upload-job-expiry">{t('uploads.expiresIn', { left: f.remaining(job.expiresAt, now) })}</span>
        )}
        <span className="upload-job-actions">
          {(job.status === 'queued' || job.status === 'retry-wait') && act('pause', t('uploads.pause'))}
          {job.status === 'paused' && act('resume', t('uploads.resume'))}
          {job.status === 'failed' && act('retry', t('uploads.retry'))}
          {!['done', 'refused', 'cancelled'].includes(job.status) && act('cancel', t('uploads.cancel'))}
        </span>
      </div>
      {job.status === 'done' && job.mediaId && (
        <div className="upload-job-result">
          <span className="upload-job-media-id">
            media_id <code data-testid="job-media-id">{job.mediaId}</code>
          </span>
          <button type="button" className="link" onClick={() => copy(job.mediaId!)}>
            {t('uploads.copyMediaId')}
          </button>
          {copied !== null && (
            <span className="upload-job-copied" role="status">
              {copied ? t('uploads.copied') : t('uploads.copyFailed')}
            </span>
          )}
          {job.mode === 'permanent' && onShowInLibrary && (
            <button type="button" className="link" onClick={() => onShowInLibrary(job)}>
              {t('uploads.showInLibrary')}
            </button>
          )}
        </div>
      )}
      {job.status === 'duplicate' && job.duplicateOf && (
        <div className="upload-job-duplicate">
          {t('uploads.duplicateOf', { name: job.duplicateOf.name })}
          <button type="button" data-testid="job-use-existing" onClick={() => onDuplicate(job.id, 'use-existing')}>
            {t('uploads.useExisting')}
          </button>
          <button type="button" data-testid="job-upload-anyway" onClick={() => onDuplicate(job.id, 'upload-anyway')}>
            {t('uploads.uploadAnyway')}
          </button>
        </div>
      )}
      {job.error && job.status !== 'done' && (
        <div className="upload-job-error" data-testid="job-error">
          <ErrorText error={job.error} content={job.name} />
        </div>
      )}
    </li>
  );
}
