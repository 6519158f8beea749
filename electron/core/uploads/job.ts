/** The queue's own record of one file: the renderer's view plus what only the core may know (the path). */
import type { UploadJobView } from '@shared/features/uploads.channels';

export interface JobRecord extends UploadJobView {
  /** Local file: the user's own (desktop) or our spool copy (browser mode). */
  path: string;
  /** True when `path` is our spool copy, deleted once the job is final. */
  owned: boolean;
  /** The multipart filename (name with the content's extension): what batchget will list. */
  sentName: string;
  sha256?: string;
  /** When the current/last send began (ms); reconciliation matches update_time against it. */
  startedAt?: number;
  /** The last send may have been applied: list and match before sending again. */
  ambiguous?: boolean;
  /** The user chose "upload anyway" for a duplicate. */
  allowDuplicate?: boolean;
  /** Enqueue order (ms + counter), for FIFO scheduling after a restart. */
  seq: number;
}

const PRIVATE_KEYS = [
  'path',
  'owned',
  'sentName',
  'sha256',
  'startedAt',
  'ambiguous',
  'allowDuplicate',
  'seq',
] as const;

/** Strips the core-only fields. */
export function toView(job: JobRecord): UploadJobView {
  const view: Record<string, unknown> = { ...job };
  for (const k of PRIVATE_KEYS) delete view[k];
  return view as unknown as UploadJobView;
}

/** Final states: nothing more will happen to the job on its own. */
export function isFinal(status: UploadJobView['status']): boolean {
  return status === 'done' || status === 'refused' || status === 'cancelled' || status === 'failed';
}
