/** Details of the item in the preview pane (one API call for video and articles; none for images and voice). */
import type { LibraryDetail, LibraryKind } from '../../../../../electron/shared/features/library.channels';
import { useNotices } from '../../../components/notices-context';
import { api } from '../../../lib/api';
import { useEnvelopeQuery, type QueryState } from '../../../lib/use-envelope-query';

export function useDetail(
  accountId: string,
  target: { kind: LibraryKind; mediaId: string } | null,
): QueryState<LibraryDetail> {
  const { showError } = useNotices();
  const key = target ? JSON.stringify([accountId, target.kind, target.mediaId]) : null;
  return useEnvelopeQuery(
    key,
    () => api.libraryDetail({ accountId, kind: target?.kind ?? 'image', mediaId: target?.mediaId ?? '-' }),
    showError,
  );
}
