/**
 * The dispatcher, with each request's channel, times and answer reported to the shell (progress bar,
 * notifications: shell-observation.ts). The answer is unchanged, and a failing observer never turns
 * into a failed request.
 */
import { isChannel, type Dispatch } from '../core/ipc/dispatch';
import type { ShellObservation } from './shell-observation';

export function observeDispatch(
  dispatch: Dispatch,
  observe: (obs: ShellObservation) => void,
  now: () => number = Date.now,
): Dispatch {
  return async (channel, raw, trusted) => {
    const startedAt = now();
    const envelope = await dispatch(channel, raw, trusted);
    if (trusted && isChannel(channel)) {
      try {
        observe({ kind: 'request', channel, req: raw, envelope, startedAt, endedAt: now() });
      } catch {
        // The shell's extras must not affect the answer.
      }
    }
    return envelope;
  };
}
