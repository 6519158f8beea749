/**
 * Identifier generators shaped like the real ones (lengths and alphabets), so clients
 * that store or validate them meet realistic values. None of them encodes meaning:
 * media_id values are opaque.
 */
import { randomBytes } from 'node:crypto';

/**
 * Random characters come from a refilled pool of base64url text: one randomBytes() call
 * per id costs ~10 µs, which alone would make seeding 10,000 items take 0.2 s.
 */
const POOL_BYTES = 48 * 1024;
let pool = '';
let poolAt = 0;

function base64url(chars: number): string {
  if (poolAt + chars > pool.length) {
    pool = randomBytes(POOL_BYTES).toString('base64url');
    poolAt = 0;
  }
  poolAt += chars;
  return pool.slice(poolAt - chars, poolAt);
}

/** Permanent material and draft ids: 43 chars, e.g. "zUUtT8ZYeXzZ4slFbtnAks-nZeGiPQmwvhShTh72CqM". */
export function permanentMediaId(): string {
  return base64url(43);
}

/** Temp media ids are longer (64 chars) in real responses. */
export function tempMediaId(): string {
  return base64url(64);
}

/** access_token: real ones are ~136+ chars of [A-Za-z0-9_-]; clients must reserve 512. */
export function accessToken(): string {
  return base64url(138);
}

/** Path segment of an mmbiz CDN url. */
export function cdnId(): string {
  return base64url(62);
}

/** published article_id, same alphabet as media ids. */
export function articleId(): string {
  return base64url(43);
}

/** rid as it appears in errmsg: 8hex-8hex-8hex. */
export function rid(): string {
  const h = randomBytes(12).toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 16)}-${h.slice(16, 24)}`;
}
