import { z } from 'zod';
import { accountIdSchema as accountId } from '../schema-parts';
import type { QuotaChannel } from './quota.channels';

/** Request schemas of the quota feature (`.strict()` objects). */
export const quotaSchemas = {
  'quota:get': z.object({ accountId }).strict(),
} as const satisfies Record<QuotaChannel, z.ZodType>;
