/** Which confirmation or folder dialog is open (one at a time at most per kind of question). */
import { useState } from 'react';
import type { LibraryItem } from '@shared/features/library.channels';

export type FolderPurpose = 'download' | 'backup' | 'backup-selection';

export function useLibraryDialogs() {
  const [pendingDelete, setPendingDelete] = useState<LibraryItem | null>(null);
  const [bulkDeleteOpen, setBulkDeleteOpen] = useState(false);
  const [folderFor, setFolderFor] = useState<FolderPurpose | null>(null);
  return {
    pendingDelete,
    bulkDeleteOpen,
    folderFor,
    askDelete: setPendingDelete,
    closeDelete: () => setPendingDelete(null),
    openBulkDelete: () => setBulkDeleteOpen(true),
    closeBulkDelete: () => setBulkDeleteOpen(false),
    askFolder: setFolderFor,
    closeFolder: () => setFolderFor(null),
  };
}

export type LibraryDialogState = ReturnType<typeof useLibraryDialogs>;
