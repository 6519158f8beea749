/**
 * The `Range: bytes=…` request header (RFC 9110 §14), for the asset routes that stream audio and video
 * (electron/core/assets.ts): a media element asks for the part it needs, so seeking works without the
 * whole file being sent or held in memory. One range is enough for <audio>/<video>; a request for
 * several is answered whole (a server may ignore Range, RFC 9110 §14.2). Pure; written here because the
 * few lines it takes are clearer than a dependency (range-parser is not in package.json).
 */

/** Inclusive byte positions, as in `Content-Range: bytes start-end/size`. */
export interface ByteRange {
  start: number;
  end: number;
}

export type RangeDecision =
  /** No Range header, or one we ignore (another unit, bad syntax, several ranges): answer 200 whole. */
  | { kind: 'whole' }
  /** One satisfiable range: answer 206 with exactly these bytes. */
  | { kind: 'partial'; range: ByteRange }
  /** A well-formed range that lies past the end of the resource: answer 416. */
  | { kind: 'unsatisfiable' };

const WHOLE: RangeDecision = { kind: 'whole' };
const SPEC = /^(?:(\d+)-(\d*)|-(\d+))$/;

/** What to send for a `Range` header value over a resource of `size` bytes. */
export function decideRange(header: string | null | undefined, size: number): RangeDecision {
  if (header === null || header === undefined) return WHOLE;
  const eq = header.indexOf('=');
  if (eq < 0 || header.slice(0, eq).trim().toLowerCase() !== 'bytes') return WHOLE;
  const specs = header
    .slice(eq + 1)
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (specs.length !== 1) return WHOLE;
  const m = SPEC.exec(specs[0]);
  if (!m) return WHOLE;
  if (m[3] !== undefined) {
    // A suffix: the last N bytes (all of them when N is larger than the file).
    const n = Number(m[3]);
    if (n === 0 || size === 0) return { kind: 'unsatisfiable' };
    return { kind: 'partial', range: { start: Math.max(0, size - n), end: size - 1 } };
  }
  const start = Number(m[1]);
  const end = m[2] === '' ? Infinity : Number(m[2]);
  // `last < first` is an invalid spec: ignored like any other malformed header.
  if (end < start) return WHOLE;
  if (start >= size) return { kind: 'unsatisfiable' };
  return { kind: 'partial', range: { start, end: Math.min(end, size - 1) } };
}

/** `Content-Range` of a 206. */
export function contentRange(range: ByteRange, size: number): string {
  return `bytes ${range.start}-${range.end}/${size}`;
}

/** `Content-Range` of a 416: the size the client should have asked within. */
export function unsatisfiedRange(size: number): string {
  return `bytes */${size}`;
}
