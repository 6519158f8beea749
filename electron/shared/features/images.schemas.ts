import { z } from 'zod';
import { fileTokenSchema as fileToken } from '../schema-parts';
import { UPLOAD_TYPES } from '../models';
import type { ImagesChannel } from './images.channels';

const mode = z.enum(['permanent', 'temporary']);

/** Request schemas of the images feature (`.strict()` objects; staging is not per account). */
export const imagesSchemas = {
  'images:checkFit': z
    .object({
      mode,
      files: z
        .array(
          z
            .object({
              token: fileToken,
              /** `auto` decides from the content; `uploadimg` is an article body image. */
              type: z.enum([...UPLOAD_TYPES, 'auto', 'uploadimg']),
            })
            .strict(),
        )
        .min(1)
        .max(1000),
    })
    .strict(),
  'images:convert': z.object({ mode, token: fileToken, target: z.enum(['image', 'thumb', 'uploadimg']) }).strict(),
} as const satisfies Record<ImagesChannel, z.ZodType>;
