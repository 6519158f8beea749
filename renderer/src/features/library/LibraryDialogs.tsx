/** The library's dialogs: delete one, delete the selection, and the folder for downloads and backups. */
import type { LibraryKind } from '@shared/features/library.channels';
import type { useBulk } from './api/use-bulk';
import { BulkDeleteDialog } from './BulkDeleteDialog';
import { DeleteOneDialog } from './DeleteOneDialog';
import { FolderDialog } from './FolderDialog';
import type { ItemSelection } from './use-item-selection';
import type { LibraryDialogState } from './use-library-dialogs';

interface LibraryDialogsProps {
  accountId: string;
  kind: LibraryKind;
  dialogs: LibraryDialogState;
  bulk: ReturnType<typeof useBulk>;
  selection: ItemSelection;
  /** Names of the items on the current page, for the bulk delete list. */
  names: ReadonlyMap<string, string>;
  /** Items are gone (the preview pane closes if it shows one, the grid takes focus back). */
  onDeleted: (mediaIds: string[]) => void;
}

export function LibraryDialogs({ accountId, kind, dialogs, bulk, selection, names, onDeleted }: LibraryDialogsProps) {
  const selectedIds = [...selection.selected];
  const busy = bulk.busy !== null;

  const confirmDelete = async () => {
    const item = dialogs.pendingDelete;
    if (!item) return;
    const ok = await bulk.remove(item.kind, [item.mediaId], item.name || item.mediaId);
    dialogs.closeDelete();
    if (ok) onDeleted([item.mediaId]);
  };

  const onFolder = async (folder: string) => {
    const purpose = dialogs.folderFor;
    dialogs.closeFolder();
    if (purpose === 'download') await bulk.download(selectedIds, folder || undefined);
    else if (purpose === 'backup-selection') await bulk.backup(folder, selectedIds);
    else if (purpose === 'backup') await bulk.backup(folder);
  };

  return (
    <>
      {dialogs.pendingDelete && (
        <DeleteOneDialog
          accountId={accountId}
          item={dialogs.pendingDelete}
          busy={busy}
          onCancel={dialogs.closeDelete}
          onConfirm={() => void confirmDelete()}
        />
      )}
      {dialogs.bulkDeleteOpen && (
        <BulkDeleteDialog
          accountId={accountId}
          checkUsage={kind !== 'draft' && kind !== 'published'}
          ids={selectedIds}
          names={names}
          busy={busy}
          onCancel={dialogs.closeBulkDelete}
          onConfirm={() =>
            void bulk.remove(kind, selectedIds).then(() => {
              dialogs.closeBulkDelete();
              selection.clear();
              onDeleted(selectedIds);
            })
          }
        />
      )}
      {dialogs.folderFor && (
        <FolderDialog
          required={dialogs.folderFor !== 'download'}
          busy={busy}
          onCancel={dialogs.closeFolder}
          onConfirm={(folder) => void onFolder(folder)}
        />
      )}
    </>
  );
}
