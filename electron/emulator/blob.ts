/**
 * Stored bytes. Seeded items (10,000 images in well under a second) are lazy: the bytes
 * are produced on demand by a deterministic generator and the sha256 is computed only
 * when the ledger is read, so seeding costs one small object per item.
 */
import { createHash } from 'node:crypto';
import type { MediaFormat } from './media-sniff';

export class StoredBlob {
  private digest: string | null = null;

  private constructor(
    private readonly produce: () => Buffer,
    readonly size: number,
    readonly format: MediaFormat | null,
    private readonly cached: Buffer | null,
  ) {}

  static of(bytes: Buffer, format: MediaFormat | null): StoredBlob {
    return new StoredBlob(() => bytes, bytes.length, format, bytes);
  }

  /** `size` must be exactly the length `produce` returns (checked when bytes are read). */
  static lazy(produce: () => Buffer, size: number, format: MediaFormat | null): StoredBlob {
    return new StoredBlob(produce, size, format, null);
  }

  bytes(): Buffer {
    if (this.cached) return this.cached;
    const out = this.produce();
    if (out.length !== this.size) throw new Error(`lazy blob produced ${out.length} bytes, expected ${this.size}`);
    return out;
  }

  sha256(): string {
    this.digest ??= createHash('sha256').update(this.bytes()).digest('hex');
    return this.digest;
  }
}
