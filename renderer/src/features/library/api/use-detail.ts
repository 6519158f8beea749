/** Details of the item in the preview pane (one API call for video and articles; none for images and voice). */
import { useQuery } from '@tanstack/react-query';
import type { LibraryKind } from '@shared/features/library.channels';
import { api } from '../../../lib/api';
import { callBridge } from '../../../lib/query/bridge-call';
import { libraryKeys } from '../../../lib/query/keys';

export function useDetail(accountId: string, target: { kind: LibraryKind; mediaId: string }) {
  return useQuery({
    queryKey: libraryKeys.detail(accountId, target),
    queryFn: ({ queryKey }) => callBridge(() => api.libraryDetail({ accountId, ...queryKey[3] })),
  });
}
