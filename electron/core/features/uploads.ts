/**
 * Handlers of the uploads feature's channels (see electron/shared/features/uploads.channels.ts).
 */
import type { CoreContext } from '../app-core';
import type { FeatureHandlers } from '../ipc/dispatch';
import type { UploadsChannel } from '../../shared/features/uploads.channels';

export function createUploadsHandlers(ctx: CoreContext): Promise<FeatureHandlers<UploadsChannel>> {
  void ctx;
  return Promise.resolve({});
}
