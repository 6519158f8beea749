/**
 * Which drafts and published articles use some materials (library:whereUsed, answered from the local
 * index: no WeChat call). Its key sits under the index's, so a draft save, delete or publish re-reads it
 * (renderer/src/lib/query/invalidation.ts).
 */
import { useQuery } from '@tanstack/react-query';
import type { LibraryUsedIn } from '@shared/features/library.channels';
import { api } from '../../../lib/api';
import { callBridge } from '../../../lib/query/bridge-call';
import { libraryKeys } from '../../../lib/query/keys';
import { useStaleCheck } from './use-library-index';

/** The channel takes at most this many ids (electron/shared/features/library.schemas.ts). */
const MAX_IDS = 1000;

/**
 * The uses of `mediaIds`. The preview pane and the delete dialogs first bring the draft and published kinds up to date when they
 * are stale (`if-stale`: no call when fresh, and their failure only leaves the index as it was), so a draft
 * written elsewhere since the last sync is in the warning too.
 */
export function useWhereUsed(
  accountId: string,
  mediaIds: readonly string[],
  opts: { enabled?: boolean; placeholder?: Record<string, LibraryUsedIn> } = {},
) {
  const ids = mediaIds.slice(0, MAX_IDS);
  const drafts = useStaleCheck(accountId, 'draft');
  const published = useStaleCheck(accountId, 'published');
  return useQuery({
    queryKey: libraryKeys.whereUsed(accountId, ids),
    queryFn: () => callBridge(() => api.libraryWhereUsed({ accountId, mediaIds: ids })),
    enabled: (opts.enabled ?? true) && ids.length > 0 && !drafts.isPending && !published.isPending,
    ...(opts.placeholder ? { placeholderData: opts.placeholder } : {}),
  });
}
