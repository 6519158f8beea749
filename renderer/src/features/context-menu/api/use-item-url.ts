/** The URL of a library item (mmbiz URL of an image, a video's down_url), read from its details. */
import { useQueryClient } from '@tanstack/react-query';
import type { LibraryItem } from '@shared/features/library.channels';
import { api } from '../../../lib/api';
import { callBridge } from '../../../lib/query/bridge-call';
import { libraryKeys } from '../../../lib/query/keys';

/** Same query as the preview pane's (library/api/use-detail.ts), so a shown item costs no second call. */
export function useFetchItemUrl(accountId: string) {
  const client = useQueryClient();
  return async (item: LibraryItem): Promise<string | null> => {
    const target = { kind: item.kind, mediaId: item.mediaId };
    const detail = await client
      .fetchQuery({
        queryKey: libraryKeys.detail(accountId, target),
        queryFn: () => callBridge(() => api.libraryDetail({ accountId, ...target })),
      })
      .catch(() => null);
    return detail?.url ?? null;
  };
}
