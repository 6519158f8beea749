/**
 * The one-step upload flow, mounted once by the app shell: the window-wide drop/paste target and the
 * upload tray that shows progress where the user is (the uploads screen shows the full queue instead).
 */
import { useEffect } from 'react';
import type { UploadJobView } from '@shared/features/uploads.channels';
import { isFinal } from './api/queued-upload';
import { trayBatch } from './tray-batch';
import { ConversionOfferHost } from './ConversionOffer';
import { UploadDropLayer } from './UploadDropLayer';
import { UploadTray } from './UploadTray';
import { useFileArrivals } from './use-file-arrivals';
import { UploadCommands } from '../shortcuts/UploadCommands';
import './uploads.css';

export interface UploadFlowProps {
  accountId: string | null;
  /** False on the uploads screen, which shows the whole queue. */
  showTray: boolean;
  onOpenUploads: () => void;
  onShowInLibrary: (job: UploadJobView) => void;
}

export function UploadFlow(props: UploadFlowProps) {
  if (!props.accountId) return <UploadDropLayer accountId={null} onFiles={() => undefined} />;
  return <AccountUploadFlow key={props.accountId} {...props} accountId={props.accountId} />;
}

function AccountUploadFlow({
  accountId,
  showTray,
  onOpenUploads,
  onShowInLibrary,
}: UploadFlowProps & { accountId: string }) {
  const { queue, arrive } = useFileArrivals(accountId);
  const snap = queue.snap;
  useEffect(() => {
    if (snap)
      trayBatch.resumed(
        snap.accountId,
        snap.jobs.filter((j) => !isFinal(j)).map((j) => j.id),
      );
  }, [snap]);
  return (
    <>
      <UploadDropLayer accountId={accountId} onFiles={arrive} />
      {/* Mod+U / Mod+Shift+U and the desktop menu's upload commands (features/shortcuts). */}
      <UploadCommands onFiles={arrive} />
      {/* Every entry point's conversion offers (drop, pick, paste, editor body image, cover, thumb). */}
      <ConversionOfferHost />
      {showTray && (
        <UploadTray
          snap={queue.snap}
          onAction={queue.control}
          onDuplicate={queue.resolveDuplicate}
          onOpenUploads={onOpenUploads}
          onShowInLibrary={onShowInLibrary}
        />
      )}
    </>
  );
}
