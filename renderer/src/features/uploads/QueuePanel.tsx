/** The queue: totals (bytes, speed, ETA), queue-wide controls, the hold reason, and one row per file. */
import type { QueueSnapshot, UploadJobView } from '@shared/features/uploads.channels';
import { pick, useLang, useT } from '../../i18n';
import type { QueueAction } from './api/use-upload-queue';
import { useFormat } from '../../i18n/format';
import { JobList } from './JobList';
import { useStableOrder } from './stable-order';
import { useNow } from './use-now';

export function QueuePanel({
  snap,
  onAction,
  onDuplicate,
  onConcurrency,
  onClearFinished,
  onShowInLibrary,
}: {
  snap: QueueSnapshot;
  onAction: (action: QueueAction, jobId?: string) => void;
  onDuplicate: (jobId: string, choice: 'use-existing' | 'upload-anyway') => void;
  onConcurrency: (n: number) => void;
  onClearFinished: () => void;
  onShowInLibrary?: (job: UploadJobView) => void;
}) {
  const t = useT();
  const jobs = useStableOrder(snap.jobs);
  const f = useFormat();
  const { lang } = useLang();
  const now = useNow(30_000);
  const { totals, hold } = snap;
  return (
    <div className="uploads-queue" data-testid="uploads-queue">
      <div className="uploads-queue-head">
        <h3>{t('uploads.queue')}</h3>
        <span className="uploads-totals" data-testid="uploads-totals">
          {t('uploads.totals', {
            done: f.bytes(totals.doneBytes),
            total: f.bytes(totals.totalBytes),
            speed: f.speed(totals.bytesPerSec),
            eta: totals.etaSec === null ? t('uploads.etaUnknown') : f.duration(totals.etaSec),
          })}
        </span>
        <label>
          {t('uploads.concurrency')}
          <select
            data-testid="uploads-concurrency"
            value={snap.concurrency}
            onChange={(e) => onConcurrency(Number(e.target.value))}
          >
            {[1, 2, 3, 4, 5, 6, 7, 8].map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
        {hold ? (
          <button type="button" data-testid="uploads-resume-all" onClick={() => onAction('resume')}>
            {t('uploads.resumeAll')}
          </button>
        ) : (
          <button type="button" data-testid="uploads-pause-all" onClick={() => onAction('pause')}>
            {t('uploads.pauseAll')}
          </button>
        )}
        <button type="button" data-testid="uploads-cancel-all" onClick={() => onAction('cancel')}>
          {t('uploads.cancelAll')}
        </button>
        <button type="button" data-testid="uploads-clear-finished" onClick={onClearFinished}>
          {t('uploads.clearFinished')}
        </button>
      </div>
      {hold && (
        <p className="uploads-hold" role="alert" data-testid="uploads-hold" data-kind={hold.kind}>
          {hold.message ? pick(hold.message, lang) : t('uploads.hold.user')}
        </p>
      )}
      {jobs.length === 0 ? (
        <p className="uploads-hint">{t('uploads.queueEmpty')}</p>
      ) : (
        <JobList
          jobs={jobs}
          now={now}
          onAction={onAction}
          onDuplicate={onDuplicate}
          onShowInLibrary={onShowInLibrary}
        />
      )}
    </div>
  );
}
