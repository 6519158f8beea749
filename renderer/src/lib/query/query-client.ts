/**
 * The renderer's QueryClient defaults. The server is this machine's own main process (or the loopback
 * server in browser mode): a window regaining focus or the network coming back says nothing about
 * its data, which changes only through our own calls and the events in server-events.ts. So no
 * refetch on focus or reconnect, and a retry only for errors the main process marks retryable
 * (a WeChat -1 or 5xx); every other error is final and shown at once.
 */
import { QueryClient } from '@tanstack/react-query';
import './register';

const MAX_RETRIES = 2;

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
        retry: (failures, error) => error.payload.retryable && failures < MAX_RETRIES,
        retryDelay: (attempt) => Math.min(500 * 2 ** attempt, 4_000),
      },
      // Never repeat a call that may have changed something: the upload queue reconciles, the UI does not.
      mutations: { retry: false },
    },
  });
}
