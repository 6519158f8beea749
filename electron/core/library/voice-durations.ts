/**
 * How long each permanent voice is, for its card (issue 11). WeChat's listing gives no duration
 * (docs/wechat-api.md § batchget_material: voice items carry name, time and tags only), so the app
 * measures each clip once: the file is fetched into the preview cache (./preview-cache.ts, the same
 * file the player streams), measured by electron/core/files/voice-duration.ts, and the result is kept
 * per account in `<data>/voice-durations/<account>.json` (a voice never changes under its media_id).
 * A clip that cannot be measured is remembered as unknown, so it is not fetched again in this session.
 */
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { containedPathSync } from '../fs/contained-path';
import { idFileName } from '../fs/id-file-name';
import { writeFileAtomic } from '../fs/atomic-write';
import { readHead, sniffFormat } from '../files/sniff';
import { SUPPORTED_FORMATS, type SupportedFormat } from '../files/formats';
import { probeVoiceDuration } from '../files/voice-duration';
import { createLimiter } from '../images/image-work-limit';

/** The most ids one call may ask for: one page of the grid. */
export const VOICE_DURATION_BATCH = 20;
/** Clips fetched and measured at once (each ≤ 2 MB from WeChat). */
const MEASURE_CONCURRENCY = 3;
/** A stored file bigger than this is not ours: ignored (1 000 000 voices would not reach it). */
const MAX_FILE_BYTES = 8 * 1024 * 1024;

const storedSchema = z.record(
  z.string().max(128),
  z
    .number()
    .nonnegative()
    .max(24 * 3600),
);

/** Fetches an item into the preview cache and returns its file, or null when there is nothing to measure. */
export type VoiceFileSource = (accountId: string, mediaId: string) => Promise<string | null>;

export class VoiceDurations {
  private readonly known = new Map<string, Map<string, number>>();
  private readonly unmeasurable = new Set<string>();
  private readonly loading = new Map<string, Promise<Map<string, number>>>();
  private readonly inflight = new Map<string, Promise<number | null>>();
  private readonly limit = createLimiter(MEASURE_CONCURRENCY);
  private writes: Promise<void> = Promise.resolve();

  constructor(
    private readonly dir: string,
    private readonly source: VoiceFileSource,
  ) {}

  /** Durations in seconds of the given voices, measuring the ones not known yet; unknown ones are left out. */
  async durations(accountId: string, mediaIds: readonly string[]): Promise<Record<string, number>> {
    const known = await this.load(accountId);
    const missing = mediaIds.filter((id) => !known.has(id) && !this.unmeasurable.has(`${accountId}\n${id}`));
    const measured = await Promise.all(missing.map((id) => this.measureOnce(accountId, id)));
    if (measured.some((s) => s !== null)) await this.save(accountId);
    const out: Record<string, number> = {};
    for (const id of mediaIds) {
      const seconds = known.get(id);
      if (seconds !== undefined) out[id] = seconds;
    }
    return out;
  }

  /** The account is removed: its durations go, in memory and on disk (after any write under way). */
  async forget(accountId: string): Promise<void> {
    this.known.delete(accountId);
    this.loading.delete(accountId);
    for (const key of this.unmeasurable) if (key.startsWith(`${accountId}\n`)) this.unmeasurable.delete(key);
    await this.writes;
    await rm(this.fileOf(accountId), { force: true });
  }

  /** Waits for pending writes (the core's close). */
  flush(): Promise<void> {
    return this.writes;
  }

  private measureOnce(accountId: string, mediaId: string): Promise<number | null> {
    const key = `${accountId}\n${mediaId}`;
    let pending = this.inflight.get(key);
    if (!pending) {
      pending = this.limit(() => this.measure(accountId, mediaId))
        .catch(() => null)
        .then(async (seconds) => {
          if (seconds === null) this.unmeasurable.add(key);
          else (await this.load(accountId)).set(mediaId, Math.round(seconds * 10) / 10);
          return seconds;
        })
        .finally(() => this.inflight.delete(key));
      this.inflight.set(key, pending);
    }
    return pending;
  }

  private async measure(accountId: string, mediaId: string): Promise<number | null> {
    const file = await this.source(accountId, mediaId);
    if (!file) return null;
    const format = sniffFormat(await readHead(file));
    if (!(SUPPORTED_FORMATS as readonly string[]).includes(format)) return null;
    return probeVoiceDuration(file, format as SupportedFormat);
  }

  private fileOf(accountId: string): string {
    return containedPathSync(this.dir, `${idFileName(accountId)}.json`);
  }

  private load(accountId: string): Promise<Map<string, number>> {
    const have = this.known.get(accountId);
    if (have) return Promise.resolve(have);
    let pending = this.loading.get(accountId);
    if (!pending) {
      pending = readStored(this.fileOf(accountId)).then((map) => {
        this.known.set(accountId, map);
        this.loading.delete(accountId);
        return map;
      });
      this.loading.set(accountId, pending);
    }
    return pending;
  }

  private save(accountId: string): Promise<void> {
    const map = this.known.get(accountId);
    if (!map) return this.writes;
    const body = JSON.stringify(Object.fromEntries(map));
    const target = this.fileOf(accountId);
    // Serialised: the last write holds everything measured so far.
    this.writes = this.writes.then(() => writeFileAtomic(target, body)).catch(() => undefined);
    return this.writes;
  }
}

/** A missing, oversized or corrupt file is an empty record: durations are measured again. */
async function readStored(file: string): Promise<Map<string, number>> {
  try {
    const raw = await readFile(file, 'utf8');
    if (raw.length > MAX_FILE_BYTES) return new Map();
    const parsed = storedSchema.safeParse(JSON.parse(raw));
    return parsed.success ? new Map(Object.entries(parsed.data)) : new Map();
  } catch {
    return new Map();
  }
}

export function voiceDurationsDir(dataDir: string): string {
  return path.join(dataDir, 'voice-durations');
}
