import { z } from 'zod';
import { SHELL_LANGUAGES, THEME_SOURCES, type AppShellChannel } from './app.channels';

/** Request schemas of the desktop shell's channels (`.strict()` objects). */
export const appShellSchemas = {
  'app:setTheme': z.object({ theme: z.enum(THEME_SOURCES) }).strict(),
  'app:setLanguage': z.object({ language: z.enum(SHELL_LANGUAGES) }).strict(),
  'app:openDataFolder': z.object({}).strict(),
} as const satisfies Record<AppShellChannel, z.ZodType>;
