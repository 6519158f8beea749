/** The thumbnail cache hooks: the only place the settings feature talks to the bridge. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { callBridge } from '../../../lib/query/bridge-call';
import { thumbsKeys } from '../../../lib/query/keys';

/** The cache's size, count and limit; read while the settings dialog is open. */
export function useThumbCacheInfo() {
  return useQuery({
    queryKey: thumbsKeys.cacheInfo(),
    queryFn: () => callBridge(() => api.thumbsCacheInfo({})),
    // The grid adds thumbnails all the time: always ask again when the dialog opens.
    staleTime: 0,
    // The section shows its own error next to the figures.
    meta: { notify: false },
  });
}

/** Empties the cache; the answer (the emptied cache's figures) replaces the shown ones. */
export function useClearThumbCache() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => callBridge(() => api.thumbsClearCache({})),
    onSuccess: (info) => client.setQueryData(thumbsKeys.cacheInfo(), info),
    meta: { notify: false },
  });
}
