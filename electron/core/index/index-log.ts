/**
 * Record framing of the index's append-only log: `[u32 length][u32 crc32][payload]`, little-endian.
 * An append that a crash cut short leaves a last record whose length runs past the end of the file or
 * whose checksum does not match; the reader stops there and reports the tail as torn, so everything
 * acknowledged before it is still read. The same failure with bytes after it is not a torn append
 * but damage, reported as corrupt (electron/core/index/index-store.ts sets such a log aside).
 */
import { crc32 } from 'node:zlib';

const HEAD = 8;
/** A record larger than this is not one we wrote (a torn or damaged length field). */
export const MAX_RECORD_BYTES = 256 * 1024 * 1024;

export function frameRecord(payload: string): Buffer {
  const body = Buffer.from(payload, 'utf8');
  const out = Buffer.allocUnsafe(HEAD + body.length);
  out.writeUInt32LE(body.length, 0);
  out.writeUInt32LE(crc32(body), 4);
  body.copy(out, HEAD);
  return out;
}

export interface ReadRecords {
  /** Payloads of the intact records, in order. */
  records: string[];
  /** Bytes up to the end of the last intact record. */
  goodBytes: number;
  /** clean: the file ends after a record; torn: a cut-short last append; corrupt: damage before the end. */
  tail: 'clean' | 'torn' | 'corrupt';
}

export function readRecords(buf: Buffer): ReadRecords {
  const records: string[] = [];
  let at = 0;
  while (at < buf.length) {
    if (buf.length - at < HEAD) return { records, goodBytes: at, tail: 'torn' };
    const len = buf.readUInt32LE(at);
    const end = at + HEAD + len;
    if (len > MAX_RECORD_BYTES || end > buf.length) return { records, goodBytes: at, tail: 'torn' };
    const body = buf.subarray(at + HEAD, end);
    if (crc32(body) !== buf.readUInt32LE(at + 4)) {
      return { records, goodBytes: at, tail: end === buf.length ? 'torn' : 'corrupt' };
    }
    records.push(body.toString('utf8'));
    at = end;
  }
  return { records, goodBytes: at, tail: 'clean' };
}
