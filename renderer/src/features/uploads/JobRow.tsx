/** One queued file: status, bytes, progress, reason and the actions its state allows. */
import type { UploadJobView } from '@shared/features/uploads.channels';
import { ErrorText } from '../../components/ErrorText';
import { useT } from '../../i18n';
import type { QueueAction } from './api/use-upload-queue';
import { bytes, countdown } from './format';

export function JobRow({
  job,
  now,
  onAction,
  onDuplicate,
}: {
  job: UploadJobView;
  now: number;
  onAction: (action: QueueAction, jobId: string) => void;
  onDuplicate: (jobId: string, choice: 'use-existing' | 'upload-anyway') => void;
}) {
  const t = useT();
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
        <span className="uploads-name">{job.name}</span>
        <span className="upload-job-status" data-testid="job-status">
          {t(`uploads.status.${job.status}`)}
          {job.attempts > 1 && job.status !== 'done' && ` · ${t('uploads.attempts', { n: job.attempts })}`}
          {job.reused && ` · ${t('uploads.reused')}`}
        </span>
        <span className="uploads-size">
          {bytes(job.status === 'done' ? job.size : job.transferred)} / {bytes(job.size)}
        </span>
        <progress max={100} value={job.status === 'done' ? 100 : pct} />
        {job.expiresAt !== undefined && (
          <span className="upload-job-expiry">{t('uploads.expiresIn', { left: countdown(job.expiresAt, now) })}</span>
        )}
        <span className="upload-job-actions">
          {(job.status === 'queued' || job.status === 'retry-wait') && act('pause', t('uploads.pause'))}
          {job.status === 'paused' && act('resume', t('uploads.resume'))}
          {job.status === 'failed' && act('retry', t('uploads.retry'))}
          {!['done', 'refused', 'cancelled'].includes(job.status) && act('cancel', t('uploads.cancel'))}
        </span>
      </div>
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
          <ErrorText error={job.error} />
        </div>
      )}
    </li>
  );
}
