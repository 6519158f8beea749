/**
 * Server state for the whole renderer: one QueryClient, the main process's events wired to it
 * (invalidation.ts), and every failed query shown once in the error banner unless the query says
 * it shows its error itself (`meta: { notify: false }`). Sits inside NoticesProvider.
 */
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { useNotices } from '../../components/notices-context';
import { api } from '../api';
import { BridgeError } from './bridge-call';
import { subscribeServerEvents } from './invalidation';
import { createQueryClient } from './query-client';

export function ServerStateProvider({ client, children }: { client?: QueryClient; children: ReactNode }) {
  const [queryClient] = useState(() => client ?? createQueryClient());
  const { showError } = useNotices();

  useEffect(() => subscribeServerEvents(queryClient, api), [queryClient]);
  useEffect(
    () =>
      queryClient.getQueryCache().subscribe((event) => {
        if (event.type !== 'updated' || event.action.type !== 'error') return;
        // A cancelled fetch (a newer key or an invalidation replaced it) is not an error to show.
        const error: unknown = event.action.error;
        if (error instanceof BridgeError && event.query.meta?.notify !== false) showError(error.payload);
      }),
    [queryClient, showError],
  );

  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}
