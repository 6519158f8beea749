/**
 * Handler of the quota feature's channel (see electron/shared/features/quota.channels.ts): today's
 * used/limit of the endpoints the app calls, cached a minute per account by QuotaService.
 */
import type { CoreContext } from '../app-core';
import type { FeatureHandlers } from '../ipc/dispatch';
import type { QuotaChannel } from '@shared/features/quota.channels';
import { QuotaService } from '../quota/quota-service';

export function createQuotaHandlers(ctx: CoreContext): Promise<FeatureHandlers<QuotaChannel>> {
  const quota = new QuotaService({ clientFor: (id) => ctx.clients.get(id) });
  return Promise.resolve({
    'quota:get': ({ accountId }) => quota.get(accountId),
  });
}
