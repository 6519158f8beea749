import type { z } from 'zod';
import type { LibraryChannel } from './library.channels';

/** Request schemas of the library feature (`.strict()` objects with size caps). */
export const librarySchemas = {} as const satisfies Record<LibraryChannel, z.ZodType>;
