/**
 * What the desktop shell watches to know that a long job runs or ended: the core's broadcast events
 * (upload queue totals, bulk download/backup progress) and the requests the renderer made, with their
 * start and end times and answers (electron/main/observed-dispatch.ts). The progress bar
 * (transfer-progress.ts) and the notifications (job-finish.ts) both read these; neither touches Electron.
 */
import type { Channel, EventMap } from '@shared/channels';
import type { Envelope } from '@shared/errors';

export type ShellObservation =
  | { kind: 'event'; event: 'uploads:progress'; payload: EventMap['uploads:progress'] }
  | { kind: 'event'; event: 'library:progress'; payload: EventMap['library:progress'] }
  | {
      kind: 'request';
      channel: Channel;
      req: unknown;
      envelope: Envelope<unknown>;
      /** ms epoch */
      startedAt: number;
      endedAt: number;
    };

/** The events the shell cares about, as observations (others: null). */
export function observeEvent<E extends keyof EventMap>(event: E, payload: EventMap[E]): ShellObservation | null {
  if (event === 'uploads:progress') return { kind: 'event', event, payload: payload as EventMap['uploads:progress'] };
  if (event === 'library:progress') return { kind: 'event', event, payload: payload as EventMap['library:progress'] };
  return null;
}
