/**
 * Reads a JSON file we wrote ourselves through its zod schema. Every such file carries a `version`;
 * a file that is not JSON, fails the schema, or has a version this build does not know is quarantined
 * (electron/core/fs/quarantine.ts) and the caller starts from empty, so a bad file never stops the app.
 */
import { readFile } from 'node:fs/promises';
import type { z } from 'zod';
import type { StoredFileKind } from '@shared/models';
import { quarantineFile, type QuarantineLog } from './quarantine';

export type VersionedRead<T> = { kind: 'missing' } | { kind: 'ok'; data: T } | { kind: 'quarantined' };

export interface VersionedReadOptions {
  kind: StoredFileKind;
  /** The version this build writes; the schema checks the rest. */
  version: number;
  /**
   * Turns a file of an earlier, known format (one written before files carried a version) into the
   * current shape, or returns undefined when `json` is not that format.
   */
  legacy?: (json: unknown) => unknown;
  log?: QuarantineLog;
  now?: () => number;
}

function versionOf(json: unknown): unknown {
  return typeof json === 'object' && json !== null && !Array.isArray(json)
    ? (json as { version?: unknown }).version
    : undefined;
}

export async function readVersionedJson<S extends z.ZodType>(
  file: string,
  schema: S,
  opts: VersionedReadOptions,
): Promise<VersionedRead<z.infer<S>>> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
    await quarantineFile(file, opts.kind, 'corrupt', opts);
    return { kind: 'quarantined' };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    await quarantineFile(file, opts.kind, 'corrupt', opts);
    return { kind: 'quarantined' };
  }
  const version = versionOf(json);
  if (version === undefined && opts.legacy) json = opts.legacy(json) ?? json;
  else if (version !== undefined && version !== opts.version) {
    await quarantineFile(file, opts.kind, 'unknown-version', opts);
    return { kind: 'quarantined' };
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    await quarantineFile(file, opts.kind, 'corrupt', opts);
    return { kind: 'quarantined' };
  }
  return { kind: 'ok', data: parsed.data };
}
