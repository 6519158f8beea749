/** The queue: totals (bytes, speed, ETA), queue-wide controls, the hold reason, and one row per file. */
import type { QueueSnapshot } from '@shared/features/uploads.channels';
import { pick, useLang, useT } from '../../i18n';
import type { QueueAction } from './api/use-upload-queue';
import { bytes, duration } from './format';
import { JobRow } from './JobRow';
import { useNow } from './use-now';

export function QueuePanel({
  snap,
  onAction,
  onDuplicate,
  onConcurrency,
  onClearFinished,
}: {
  snap: QueueSnapshot;
  onAction: (action: QueueAction, jobId?: string) => void;
  onDuplicate: (jobId: string, choice: 'use-existing' | 'upload-anyway') => void;
  onConcurrency: (n: number) => void;
  onClearFinished: () => void;
}) {
  const t = useT();
  const { lang } = useLang();
  const now = useNow(30_000);
  const { totals, hold } = snap;
  return (
    <div className="uploads-queue" data-testid="uploads-queue">
      <div className="uploads-queue-head">
        <h3>{t('uploads.queue')}</h3>
        <span className="uploads-totals" data-testid="uploads-totals">
          {t('uploads.totals', {
            done: bytes(totals.doneBytes),
            total: bytes(totals.totalBytes),
            speed: bytes(totals.bytesPerSec),
            eta: totals.etaSec === null ? t('uploads.etaUnknown') : duration(totals.etaSec),
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
      {snap.jobs.length === 0 ? (
        <p className="uploads-hint">{t('uploads.queueEmpty')}</p>
      ) : (
        <ul className="upload-jobs">
          {snap.jobs.map((job) => (
            <JobRow key={job.id} job={job} now={now} onAction={onAction} onDuplicate={onDuplicate} />
          ))}
        </ul>
      )}
    </div>
  );
}
