/**
 * The on-disk shape of `secrets.json`: account id → an AppSecret sealed by the OS key store
 * (electron/main/safe-storage-secret-store.ts seals and unseals; this file only reads and writes the
 * container, so it is tested in Node). An unreadable file is set aside and reported; the accounts then
 * ask for their AppSecret again (SECRET_MISSING), which is the honest outcome for a lost secret.
 */
import { z } from 'zod';
import { accountIdSchema } from '@shared/schema-parts';
import type { QuarantineLog } from '../fs/quarantine';
import { readVersionedJson } from '../fs/versioned-json';

const SECRETS_VERSION = 1;
/** Sealed values are base64 behind an algorithm tag (`v1:safeStorage:`), nothing else. */
const sealedSchema = z
  .string()
  .max(8192)
  .regex(/^v\d+:[A-Za-z]+:[A-Za-z0-9+/=]*$/);

const secretsFileSchema = z.object({
  version: z.literal(SECRETS_VERSION),
  sealed: z.record(accountIdSchema, sealedSchema),
});

/** The sealed secrets by account id; empty when the file is missing or was set aside. */
export async function readSealedSecrets(
  file: string,
  log?: QuarantineLog,
  now?: () => number,
): Promise<Record<string, string>> {
  const read = await readVersionedJson(file, secretsFileSchema, {
    kind: 'secrets',
    version: SECRETS_VERSION,
    // Files written before the version field were the bare map.
    legacy: (json) =>
      typeof json === 'object' && json !== null ? { version: SECRETS_VERSION, sealed: json } : undefined,
    log,
    now,
  });
  return read.kind === 'ok' ? { ...read.data.sealed } : {};
}

export function sealedSecretsJson(sealed: Record<string, string>): string {
  return JSON.stringify({ version: SECRETS_VERSION, sealed });
}
