/** Uploads & temporary media: pending files, the resumable queue, and the temp-media ledger. */
import type { UploadMode } from '@shared/features/uploads.channels';
import type { UploadType } from '@shared/models';
import { useUploadQueue } from './api/use-upload-queue';
import { PendingPanel } from './PendingPanel';
import { pendingFiles } from './pending-files';
import { QueuePanel } from './QueuePanel';
import { TempPanel } from './TempPanel';
import './uploads.css';

export function UploadsView({ accountId }: { accountId: string }) {
  const queue = useUploadQueue(accountId);

  const onStart = async (mode: UploadMode, type: UploadType | 'auto') => {
    const files = pendingFiles.get();
    if (files.length === 0) return null;
    const refused = await queue.start(files, mode, type);
    if (refused) for (const f of files) pendingFiles.remove(f.id);
    return refused;
  };

  return (
    <section className="uploads" data-account={accountId}>
      <PendingPanel staging={queue.staging} onStart={onStart} />
      {queue.snap && (
        <QueuePanel
          snap={queue.snap}
          onAction={queue.control}
          onDuplicate={queue.resolveDuplicate}
          onConcurrency={queue.setConcurrency}
          onClearFinished={queue.clearFinished}
        />
      )}
      <TempPanel accountId={accountId} />
    </section>
  );
}
