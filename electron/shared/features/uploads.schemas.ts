import type { z } from 'zod';
import type { UploadsChannel } from './uploads.channels';

/** Request schemas of the uploads feature (`.strict()` objects with size caps). */
export const uploadsSchemas = {} as const satisfies Record<UploadsChannel, z.ZodType>;
