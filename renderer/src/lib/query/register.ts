/**
 * Types every query and mutation error as a BridgeError (bridge-call.ts is the only thing that
 * rejects inside a query function), so `query.error.payload` needs no cast anywhere.
 */
import type { BridgeError } from './bridge-call';

declare module '@tanstack/react-query' {
  interface Register {
    defaultError: BridgeError;
    queryMeta: {
      /** false: the caller shows this query's error itself (default: the error banner). */ notify?: boolean;
    };
  }
}
