/**
 * An account's proxy, split for storage: the address with its user name goes to accounts.json and
 * `accounts:list`, the password to the SecretStore under its own key, next to the AppSecret (sealed by
 * safeStorage on desktop, never written where the OS has no key store: electron/main/safe-storage-secret-store.ts).
 */

/** The SecretStore key of an account's proxy password (fits accountIdSchema, as the sealed file's keys must). */
export function proxySecretKey(accountId: string): string {
  return `${accountId}__proxy`;
}

export interface SplitProxy {
  /** `http(s)://[user@]host:port`, without the password and without a trailing slash. */
  url: string;
  /** Decoded password, or null when the URL had none. */
  password: string | null;
}

/** Splits a proxy URL the contract accepted (proxyUrlSchema in electron/shared/schema-parts.ts). */
export function splitProxy(raw: string): SplitProxy {
  const url = new URL(raw.trim());
  const password = url.password ? decodeURIComponent(url.password) : null;
  url.password = '';
  return { url: url.toString().replace(/\/+$/, ''), password };
}

/** The full proxy URL for the agent (main process only, never logged or sent to the renderer). */
export function joinProxy(url: string, password: string | null): string {
  const u = new URL(url);
  if (password !== null) {
    // A password without a user name still needs the user-info separator.
    u.password = encodeURIComponent(password);
  }
  return u.toString().replace(/\/+$/, '');
}
