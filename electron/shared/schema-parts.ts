/** Schema pieces every feature's requests use, defined once so their limits cannot drift apart. */
import { z } from 'zod';

/** Our own account ids (`demo`, `env`, `acc_…`): short, URL- and file-name-safe. */
export const accountIdSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/);

/** WeChat media_id values are opaque; they are printable ASCII and WeChat caps them at 128 (we allow 256). */
export const mediaIdSchema = z
  .string()
  .min(1)
  .max(256)
  .regex(/^[\x21-\x7e]+$/, 'media_id is printable ASCII');

/** A staged file's opaque token (never a path). */
export const fileTokenSchema = z.string().regex(/^[a-f0-9]{32}$/);
