import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { CHANNELS } from '@shared/channels';
import type { Dispatch } from '../core/ipc/dispatch';
import { isTrustedSender } from './trusted-sender';

/**
 * The only place that calls ipcMain.handle: every contract channel goes through the dispatcher,
 * which checks the sender, validates, and answers an envelope that never rejects.
 */
export function registerIpc(ipc: Pick<IpcMain, 'handle'>, dispatch: Dispatch, trustedIds: ReadonlySet<number>): void {
  for (const channel of CHANNELS) {
    ipc.handle(channel, (event: IpcMainInvokeEvent, raw: unknown) =>
      dispatch(channel, raw, isTrustedSender(event, trustedIds)),
    );
  }
}
