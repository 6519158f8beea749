/** The item shown in the preview pane, if any. */
import { useState } from 'react';
import type { LibraryItem, LibraryKind } from '@shared/features/library.channels';

export type PreviewTarget = { kind: LibraryKind; mediaId: string };

export function usePreviewTarget() {
  const [target, setTarget] = useState<PreviewTarget | null>(null);
  return {
    target,
    open: (item: LibraryItem) => setTarget({ kind: item.kind, mediaId: item.mediaId }),
    close: () => setTarget(null),
    /** Closes the pane if it shows `mediaId` (after that item was deleted). */
    closeIf: (mediaId: string) => setTarget((t) => (t?.mediaId === mediaId ? null : t)),
  };
}
