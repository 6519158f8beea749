/**
 * Secret redaction for every string that may leave the HTTP layer (error messages, logs). got 14.6 puts the
 * full URL, `?access_token=` included, into error messages and util.inspect output, and stable_token sends
 * the AppSecret in a JSON body (docs/security.md § Secrets and redaction). Redact first, truncate second: a truncated secret is
 * still a leak.
 */

const MASK = '***';

/**
 * Query/form parameters whose values are secrets (`code`/`ticket` are OAuth/JS-SDK secrets), also URL-encoded
 * (`%3Faccess_token%3D…`). Not preceded by a letter or digit, so `errcode=` stays readable.
 */
const QUERY_RE =
  /(?:(?<=%3F|%26)|(?<![A-Za-z0-9]))(access_token|appsecret|secret|refresh_token|code|ticket)(=|%3D)((?:%(?!26|23)[0-9A-Fa-f]{2}|[^&%\s"'<>#;,)\\])*)/gi;
/** JSON fields: `"secret":"…"`. */
const JSON_RE = /"(secret|appsecret|access_token|refresh_token)"\s*:\s*"(?:[^"\\]|\\.)*"/gi;
/** The same JSON sitting escaped inside another JSON string: `\"secret\":\"…\"`. */
const NESTED_JSON_RE = /\\"(secret|appsecret|access_token|refresh_token)\\"\s*:\s*\\"(?:[^"\\]|\\(?!"))*\\"/gi;
/** util.inspect style: `secret: 'value'` or `access_token: "value"`. */
const INSPECT_RE =
  /(?<![A-Za-z0-9_])(secret|appsecret|access_token|refresh_token)(\s*:\s*)(['"])(?:(?!\3)[^\\]|\\.)*\3/gi;
/** `https://user:pass@host` → `https://***@host`. */
const USERINFO_RE = /([a-z][a-z0-9+.-]*:\/\/)[^\s/@?#]+@/gi;

/** Masks secret query parameters, JSON/inspect fields and URL user-info in `text`. Pure. */
export function redact(text: string): string {
  return text
    .replace(QUERY_RE, (_m, key: string, eq: string) => `${key}${eq}${MASK}`)
    .replace(JSON_RE, (_m, key: string) => `"${key}":"${MASK}"`)
    .replace(NESTED_JSON_RE, (_m, key: string) => `\\"${key}\\":\\"${MASK}\\"`)
    .replace(INSPECT_RE, (_m, key: string, colon: string, quote: string) => `${key}${colon}${quote}${MASK}${quote}`)
    .replace(USERINFO_RE, (_m, scheme: string) => `${scheme}${MASK}@`);
}

/** Redacts, then truncates to `max` characters (in that order). */
export function safeSnippet(text: string, max = 200): string {
  const clean = redact(text);
  return clean.length > max ? `${clean.slice(0, max)}…` : clean;
}

/** Remembers the literal secrets of one account (AppSecret, recent tokens) and masks them anywhere. */
export interface SecretScrubber {
  /** `pinned` secrets (the AppSecret) are never forgotten; others (tokens) age out after a while. */
  remember(secret: string, pinned?: boolean): void;
  /** `redact()` plus literal replacement of every remembered secret. */
  scrub(text: string): string;
}

/** Tokens rotate every ~2 h; remembering the last few covers any error that quotes an old one. */
const MAX_REMEMBERED = 16;
/** Shorter strings are not secrets worth masking and would mangle ordinary text. */
const MIN_SECRET_LENGTH = 8;

/** Creates a scrubber. Defence in depth: the patterns catch the known shapes, the literals catch echoes. */
export function createSecretScrubber(): SecretScrubber {
  const pinnedSecrets: string[] = [];
  const recent: string[] = [];
  return {
    remember(secret, pinned = false) {
      if (secret.length < MIN_SECRET_LENGTH || pinnedSecrets.includes(secret) || recent.includes(secret)) return;
      if (pinned) {
        pinnedSecrets.push(secret);
        return;
      }
      recent.push(secret);
      if (recent.length > MAX_REMEMBERED) recent.shift();
    },
    scrub(text) {
      let out = text;
      for (const s of [...pinnedSecrets, ...recent]) {
        out = out.split(s).join(MASK);
        const encoded = encodeURIComponent(s);
        if (encoded !== s) out = out.split(encoded).join(MASK);
      }
      return redact(out);
    },
  };
}
