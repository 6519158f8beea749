/**
 * manifest.json of a backup folder, read as untrusted input: anyone who can write the folder can
 * write it. It is parsed through a zod schema; every `file` must be `<type>/<name>` where `<name>` is
 * already what sanitizeFileName makes of it, and it is resolved through containedPath (no `..`, no
 * symlink) before anything reads or deletes it. A manifest that fails any of this is renamed aside
 * (`manifest.corrupt-….json`), never trusted, and the backup rebuilds from the items.
 */
import { randomBytes } from 'node:crypto';
import { readFile, rename } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { LibraryKind } from '@shared/features/library.channels';
import { mediaIdSchema } from '@shared/schema-parts';
import { isWrittenName } from '../files/file-name';
import { containedPath } from '../fs/contained-path';

export const MANIFEST = 'manifest.json';
export const MANIFEST_VERSION = 1;
/** A manifest bigger than this is not one we wrote (about 300 bytes an item). */
const MAX_MANIFEST_BYTES = 64 * 1024 * 1024;

const KINDS = ['image', 'voice', 'video', 'news', 'draft', 'published'] as const satisfies readonly LibraryKind[];

/** `<type>/<name>`: the app's own sub-folder and a name the app could have written (file-name.ts). */
export function isBackupFile(type: LibraryKind, file: string): boolean {
  const parts = file.split('/');
  return parts.length === 2 && parts[0] === type && isWrittenName(parts[1]);
}

const entrySchema = z
  .object({
    media_id: mediaIdSchema,
    type: z.enum(KINDS),
    name: z.string().max(2000),
    update_time: z.number().int().nonnegative(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    /** Path relative to the backup folder, with forward slashes: `<type>/<name>`. */
    file: z.string().max(400),
  })
  .refine((e) => isBackupFile(e.type, e.file), { message: 'file is not <type>/<sanitised name>', path: ['file'] });

export const manifestSchema = z.object({
  version: z.literal(MANIFEST_VERSION),
  account: z.string().max(64),
  updated_at: z.string().max(64),
  items: z.array(entrySchema).max(1_000_000),
});

export type ManifestEntry = z.infer<typeof entrySchema>;
export type Manifest = z.infer<typeof manifestSchema>;

/** The absolute path of an entry's file, checked inside `folder` (throws PathEscapeError otherwise). */
export function entryPath(folder: string, entry: Pick<ManifestEntry, 'type' | 'file'>): Promise<string> {
  if (!isBackupFile(entry.type, entry.file)) return Promise.reject(new Error('not a backup file path'));
  return containedPath(folder, ...entry.file.split('/'));
}

/** Moves an untrusted manifest out of the way; the folder's files stay, the next write starts fresh. */
async function setAside(folder: string): Promise<void> {
  const stamp = `${Date.now()}-${randomBytes(3).toString('hex')}`;
  await rename(path.join(folder, MANIFEST), path.join(folder, `manifest.corrupt-${stamp}.json`)).catch(() => 0);
}

/** The manifest in `raw`, or null when it is not JSON, too large, or not exactly what we write. */
function parseManifest(raw: string): Manifest | null {
  if (raw.length > MAX_MANIFEST_BYTES) return null;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return null;
  }
  const parsed = manifestSchema.safeParse(json);
  return parsed.success ? parsed.data : null;
}

/** The entries of `folder`'s manifest by media_id: empty when there is none or it could not be trusted. */
export async function readManifest(folder: string): Promise<Map<string, ManifestEntry>> {
  const entries = new Map<string, ManifestEntry>();
  let raw: string;
  try {
    raw = await readFile(await containedPath(folder, MANIFEST), 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return entries;
    await setAside(folder); // a symlink or unreadable file
    return entries;
  }
  const manifest = parseManifest(raw);
  if (!manifest) {
    await setAside(folder);
    return entries;
  }
  for (const e of manifest.items) entries.set(e.media_id, e);
  return entries;
}
