/**
 * The compact upload tray: fixed in the bottom corner of every screen but the uploads screen, it
 * follows the files that just arrived (tray-batch.ts) with an overall count and percent. Files that
 * need the user (refused, failed, duplicate) are always listed; the rest on "展开". Once everything
 * is over it collapses to one line the user can close.
 */
import { useId, useState } from 'react';
import type { QueueSnapshot, UploadJobView } from '@shared/features/uploads.channels';
import { useT } from '../../i18n';
import type { QueueAction } from './api/use-upload-queue';
import { JobList } from './JobList';
import { usePendingFiles } from './pending-files';
import { trayBatch, useTrayBatch } from './tray-batch';
import { needsUser, summarizeBatch } from './tray-summary';
import { useNow } from './use-now';

export function UploadTray({
  snap,
  onAction,
  onDuplicate,
  onOpenUploads,
  onShowInLibrary,
}: {
  snap: QueueSnapshot | null;
  onAction: (action: QueueAction, jobId?: string) => void;
  onDuplicate: (jobId: string, choice: 'use-existing' | 'upload-anyway') => void;
  onOpenUploads: () => void;
  onShowInLibrary: (job: UploadJobView) => void;
}) {
  const t = useT();
  const listId = useId();
  const now = useNow(30_000);
  const batch = useTrayBatch();
  const pending = usePendingFiles();
  const [expanded, setExpanded] = useState(false);
  if (batch.dismissed) return null;

  const byId = new Map((snap?.jobs ?? []).map((j) => [j.id, j]));
  // Batch order is the order the files were added: rows never move when their status changes.
  const jobs = batch.ids.map((id) => byId.get(id)).filter((j): j is UploadJobView => j !== undefined);
  if (jobs.length === 0 && batch.checking === 0 && pending.length === 0) return null;

  const sum = summarizeBatch(jobs, batch.checking);
  const shown = expanded ? jobs : jobs.filter(needsUser);
  const status =
    jobs.length === 0 && batch.checking > 0
      ? t('uploads.tray.checking', { count: batch.checking })
      : sum.settled
        ? t('uploads.tray.settled', { done: sum.done, total: sum.total })
        : t('uploads.tray.progress', { done: sum.done, total: sum.total + batch.checking, percent: sum.percent });

  return (
    <section className="upload-tray" aria-label={t('uploads.tray')} data-testid="upload-tray">
      <div className="upload-tray-head">
        <p className="upload-tray-status" role="status">
          {status}
          {sum.attention > 0 && ` · ${t('uploads.tray.attention', { count: sum.attention })}`}
        </p>
        {(!sum.settled || batch.checking > 0) && jobs.length > 0 && (
          <progress className="upload-tray-bar" max={100} value={sum.percent} aria-label={t('uploads.tray')} />
        )}
        <span className="upload-tray-actions">
          {jobs.length > 0 && (
            <button
              type="button"
              className="link"
              aria-expanded={expanded}
              aria-controls={listId}
              onClick={() => setExpanded(!expanded)}
            >
              {expanded ? t('uploads.tray.collapse') : t('uploads.tray.expand')}
            </button>
          )}
          <button type="button" className="link" onClick={onOpenUploads}>
            {t('uploads.tray.open')}
          </button>
          {sum.settled && pending.length === 0 && (
            <button type="button" className="link" onClick={trayBatch.dismiss}>
              {t('uploads.tray.close')}
            </button>
          )}
        </span>
      </div>
      {pending.length > 0 && (
        <p className="upload-tray-pending">
          {t('uploads.tray.pending', { count: pending.length })}{' '}
          <button type="button" className="link" onClick={onOpenUploads}>
            {t('uploads.tray.review')}
          </button>
        </p>
      )}
      <JobList
        jobs={shown}
        className="upload-tray-jobs"
        id={listId}
        now={now}
        onAction={onAction}
        onDuplicate={onDuplicate}
        onShowInLibrary={onShowInLibrary}
      />
    </section>
  );
}
