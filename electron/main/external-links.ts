/**
 * Links leave the app only through here (Electron checklist item 15). The published-article
 * list links to mp.weixin.qq.com; a popup is always denied, and an https link to a WeChat host
 * opens in the user's browser instead. Everything else (file:, smb:, custom schemes, user-info
 * tricks, look-alike hosts) is dropped.
 */
const ALLOWED_HOSTS = new Set(['mp.weixin.qq.com', 'developers.weixin.qq.com']);

export function isSafeExternalUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  return url.protocol === 'https:' && url.username === '' && url.password === '' && ALLOWED_HOSTS.has(url.hostname);
}

/** The single call site of shell.openExternal, fed by the window-open handler. */
export function openExternalSafe(raw: string, open: (url: string) => Promise<void>): boolean {
  if (!isSafeExternalUrl(raw)) return false;
  void open(raw).catch(() => undefined);
  return true;
}
