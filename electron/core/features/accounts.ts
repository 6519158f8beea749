/**
 * Handlers that change or check one account: edit (`accounts:update`), remove, and the connection test.
 * What each must drop follows from electron/core/accounts/account-store.ts's AccountUpdate:
 *   - a new AppID, secret, API base or proxy: the account's WeChat client, and with it its cached
 *     access_token, is dropped, so a token is never sent for another AppID or over another route;
 *   - a new AppID (another official account), or removal: the account's local index, thumbnails, upload
 *     queue and temp-media ledger are deleted (CoreContext.forgetAccountData). Nothing on WeChat is touched.
 */
import type { CoreContext } from '../app-core';
import type { FeatureHandlers } from '../ipc/dispatch';
import { diagnoseConnectionError } from '../accounts/connection-diagnosis';

type AccountsHandlerChannel = 'accounts:update' | 'accounts:remove' | 'accounts:test';

export function createAccountsHandlers(ctx: CoreContext): FeatureHandlers<AccountsHandlerChannel> {
  const { accounts, clients } = ctx;
  return {
    'accounts:update': async ({ accountId, ...patch }) => {
      const { record, connectionChanged, appIdChanged } = await accounts.update(accountId, patch);
      if (connectionChanged) clients.drop(accountId);
      // The renderer re-reads every view of the account after an update (invalidation.ts, 'account-updated').
      if (appIdChanged) await ctx.forgetAccountData(accountId);
      return accounts.summary(record);
    },
    'accounts:remove': async ({ accountId }) => {
      await accounts.remove(accountId);
      clients.drop(accountId);
      await ctx.forgetAccountData(accountId);
      return { removed: true };
    },
    'accounts:test': async ({ accountId }) => {
      try {
        return await (await clients.get(accountId)).testConnection();
      } catch (err) {
        throw diagnoseConnectionError(err);
      }
    },
  };
}
