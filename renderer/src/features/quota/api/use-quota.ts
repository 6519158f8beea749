/** The quota hook: the only place the quota feature talks to the bridge. */
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { callBridge } from '../../../lib/query/bridge-call';
import { quotaKeys } from '../../../lib/query/keys';

/**
 * The same minute the core caches a report for (electron/core/quota/quota-service.ts): reopening the view
 * within it asks nobody, and asking the core sooner would only return its cached report anyway.
 */
const QUOTA_FRESH_MS = 60_000;

/** Today's quota report of an account, fetched only while `open` (quota/get is quota-limited itself). */
export function useQuotaReport(accountId: string, open: boolean) {
  return useQuery({
    queryKey: quotaKeys.report(accountId),
    queryFn: () => callBridge(() => api.quotaGet({ accountId })),
    enabled: open,
    staleTime: QUOTA_FRESH_MS,
    // The view shows its own error next to the figures.
    meta: { notify: false },
  });
}
