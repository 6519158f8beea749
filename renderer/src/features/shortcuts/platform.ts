/**
 * Whether this is macOS, where Mod is ⌘ (electron/shared/commands.ts). `userAgentData` where the browser
 * has it (Chromium, so Electron too), else the older `navigator.platform`.
 */
interface NavigatorWithUAData {
  userAgentData?: { platform?: string };
  platform?: string;
}

export function isMacPlatform(nav: NavigatorWithUAData | undefined = globalThis.navigator): boolean {
  const platform = nav?.userAgentData?.platform || nav?.platform || '';
  return /^mac/i.test(platform);
}
