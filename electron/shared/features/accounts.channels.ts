/**
 * Accounts feature channels beyond the foundation's list/add/remove/test (electron/shared/channels.ts):
 * editing an account. Zod-free, so the preload can list the channel.
 */
import type { AccountSummary } from '../models';

export const ACCOUNTS_CHANNELS = ['accounts:update'] as const;
export type AccountsChannel = (typeof ACCOUNTS_CHANNELS)[number];

export interface AccountsResponses {
  'accounts:update': AccountSummary;
}
