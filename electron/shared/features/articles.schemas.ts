import type { z } from 'zod';
import type { ArticlesChannel } from './articles.channels';

/** Request schemas of the articles feature (`.strict()` objects with size caps). */
export const articlesSchemas = {} as const satisfies Record<ArticlesChannel, z.ZodType>;
