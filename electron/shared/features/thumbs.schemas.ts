import { z } from 'zod';
import type { ThumbsChannel } from './thumbs.channels';

/** Request schemas of the thumbnail cache feature (`.strict()` objects; the cache is not per account). */
export const thumbsSchemas = {
  'thumbs:cacheInfo': z.object({}).strict(),
  'thumbs:clearCache': z.object({}).strict(),
} as const satisfies Record<ThumbsChannel, z.ZodType>;
