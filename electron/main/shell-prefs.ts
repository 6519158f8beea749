/**
 * The theme and language the renderer last told main (app:setTheme, app:setLanguage), kept in
 * `shell-prefs.json` so the next start opens with the right window background and menu language
 * before the page has loaded. The renderer's own settings stay the truth; this is main's copy.
 */
import { z } from 'zod';
import { SHELL_LANGUAGES, THEME_SOURCES } from '@shared/features/app.channels';

const shellPrefsSchema = z.object({
  theme: z.enum(THEME_SOURCES).catch('system'),
  language: z.enum(SHELL_LANGUAGES).catch('zh-CN'),
});
export type ShellPrefs = z.infer<typeof shellPrefsSchema>;

/** zh-CN is the default UI language (renderer/src/i18n/index.ts loadLang), the theme follows the OS. */
export const DEFAULT_SHELL_PREFS: ShellPrefs = { theme: 'system', language: 'zh-CN' };

export function parseShellPrefs(text: string | null): ShellPrefs {
  if (text === null) return DEFAULT_SHELL_PREFS;
  try {
    const parsed = shellPrefsSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : DEFAULT_SHELL_PREFS;
  } catch {
    return DEFAULT_SHELL_PREFS;
  }
}
