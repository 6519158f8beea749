/**
 * Handlers of the library feature's channels (see electron/shared/features/library.channels.ts).
 */
import type { CoreContext } from '../app-core';
import type { FeatureHandlers } from '../ipc/dispatch';
import type { LibraryChannel } from '../../shared/features/library.channels';

export function createLibraryHandlers(ctx: CoreContext): Promise<FeatureHandlers<LibraryChannel>> {
  void ctx;
  return Promise.resolve({});
}
