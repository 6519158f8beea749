/** Uploads & temporary media: adding files (at once, or after review), the resumable queue, and the temp-media ledger. */
import { useState } from 'react';
import type { UploadJobView, UploadMode } from '@shared/features/uploads.channels';
import type { UploadType } from '@shared/models';
import { PendingPanel } from './PendingPanel';
import { pendingFiles } from './pending-files';
import { QueuePanel } from './QueuePanel';
import { TempPanel } from './TempPanel';
import { useFileArrivals } from './use-file-arrivals';
import './uploads.css';

export function UploadsView({
  accountId,
  onShowInLibrary,
}: {
  accountId: string;
  onShowInLibrary?: (job: UploadJobView) => void;
}) {
  const { queue, arrive, startNow } = useFileArrivals(accountId);
  const [staging, setStaging] = useState(false);

  const onStart = async (mode: UploadMode, type: UploadType | 'auto') => {
    const files = pendingFiles.get();
    if (files.length === 0) return null;
    setStaging(true);
    const res = await startNow(files, mode, type).finally(() => setStaging(false));
    if (!res) return null;
    for (const f of files) pendingFiles.remove(f.id);
    return res.refused.length;
  };

  return (
    <section className="uploads" data-account={accountId}>
      <PendingPanel staging={staging} onFiles={arrive} onStart={onStart} />
      {queue.snap && (
        <QueuePanel
          snap={queue.snap}
          onAction={queue.control}
          onDuplicate={queue.resolveDuplicate}
          onConcurrency={queue.setConcurrency}
          onClearFinished={queue.clearFinished}
          onShowInLibrary={onShowInLibrary}
        />
      )}
      <TempPanel accountId={accountId} />
    </section>
  );
}
