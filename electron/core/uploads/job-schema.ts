/**
 * A JobRecord as read back from the upload journal (electron/core/uploads/journal.ts). The fields the
 * queue relies on to resume and reconcile are checked strictly; view-only extras (error, video…) pass
 * through, so a line is refused only when it could not be resumed safely.
 */
import { z } from 'zod';
import { UPLOAD_TYPES } from '@shared/models';
import type { JobRecord } from './job';

const STATUSES = [
  'queued',
  'sending',
  'retry-wait',
  'paused',
  'duplicate',
  'done',
  'failed',
  'refused',
  'cancelled',
] as const;

export const jobRecordSchema = z
  .object({
    id: z.string().min(1).max(64),
    name: z.string().max(1000),
    size: z.number().nonnegative(),
    mode: z.enum(['permanent', 'temporary']),
    type: z.enum(UPLOAD_TYPES),
    status: z.enum(STATUSES),
    transferred: z.number().nonnegative(),
    attempts: z.number().int().nonnegative(),
    path: z.string().min(1),
    owned: z.boolean(),
    sentName: z.string().max(1000),
    seq: z.number(),
    mediaId: z.string().max(256).optional(),
    sha256: z.string().max(64).optional(),
    startedAt: z.number().optional(),
    ambiguous: z.boolean().optional(),
  })
  .loose() as unknown as z.ZodType<JobRecord>;
