/**
 * Secrets (AppSecrets, proxy passwords) encrypted with Electron safeStorage's async API, in `secrets.json`
 * (mode 0600, atomic writes). The sync API is deprecated since Electron 45; its `decryptStringAsync` still
 * opens what `encryptString` sealed, so entries of older builds (`v1:safeStorage:`) keep working and are
 * sealed again with the async API (`v2:safeStorageAsync:`) on the next write.
 *
 * When the OS offers no real key store (Linux `basic_text`/`unknown`), or async encryption is unavailable,
 * nothing secret is written: secrets stay in memory for this session and the UI says so
 * (`AccountSummary.secretStorage`, electron/core/accounts/account-store.ts).
 */
import type { SafeStorage } from 'electron';
import { readSealedSecrets, sealedSecretsJson } from '../core/accounts/sealed-secrets-file';
import type { SecretStore } from '../core/accounts/secret-store';
import { writeFileAtomic } from '../core/fs/atomic-write';
import type { QuarantineLog } from '../core/fs/quarantine';

export type SafeStorageLike = Pick<
  SafeStorage,
  | 'isAsyncEncryptionAvailable'
  | 'encryptStringAsync'
  | 'decryptStringAsync'
  | 'getSelectedStorageBackend'
  // The deprecated sync pair, only to open entries an older build sealed if the async path refuses them.
  | 'isEncryptionAvailable'
  | 'decryptString'
>;

/** Entries sealed by `encryptString` (builds before the async API). Read, never written. */
const SYNC_PREFIX = 'v1:safeStorage:';
/** Entries sealed by `encryptStringAsync`. */
const ASYNC_PREFIX = 'v2:safeStorageAsync:';

/** Linux backends that are no key store at all: the key would sit next to the data. */
const WEAK_LINUX_BACKENDS = new Set(['basic_text', 'unknown']);

export class SafeStorageSecretStore implements SecretStore {
  private readonly memory = new Map<string, string>();
  /** Keys whose sealed form is stale (old sync seal, or safeStorage asked to re-encrypt): resealed on the next write. */
  private readonly stale = new Set<string>();

  private constructor(
    private readonly file: string,
    private readonly safe: SafeStorageLike,
    /** True when secrets are sealed and written; false = this session only. */
    readonly persistent: boolean,
    /** False on a weak Linux backend: a file there is not read either (it could only be a plain key's work). */
    private readonly readable: boolean,
    private readonly quarantine?: QuarantineLog,
  ) {}

  /**
   * Decides once, after `app.whenReady()`, whether secrets can be sealed: the async encryptor initialises
   * lazily on the first `isAsyncEncryptionAvailable()` call (Electron 45 docs).
   */
  static async open(
    file: string,
    safe: SafeStorageLike,
    platform: NodeJS.Platform = process.platform,
    /** Where an unreadable secrets.json is reported once it has been set aside. */
    quarantine?: QuarantineLog,
  ): Promise<SafeStorageSecretStore> {
    const weak = platform === 'linux' && WEAK_LINUX_BACKENDS.has(safe.getSelectedStorageBackend());
    const asyncAvailable = weak ? false : await safe.isAsyncEncryptionAvailable().catch(() => false);
    return new SafeStorageSecretStore(file, safe, asyncAvailable, !weak, quarantine);
  }

  async get(key: string): Promise<string | null> {
    if (this.memory.has(key)) return this.memory.get(key)!;
    if (!this.readable) return null;
    const blob = (await this.read())[key];
    if (!blob) return null;
    const secret = await this.unseal(key, blob);
    if (secret !== null) this.memory.set(key, secret);
    return secret;
  }

  async set(key: string, secret: string): Promise<void> {
    this.memory.set(key, secret);
    if (!this.persistent) return;
    const all = await this.read();
    all[key] = await this.seal(secret);
    this.stale.delete(key);
    await this.write(all);
  }

  async delete(key: string): Promise<void> {
    this.memory.delete(key);
    this.stale.delete(key);
    // Removing is not writing a secret: a session-only store still drops an entry an earlier run left.
    if (!this.readable) return;
    const all = await this.read();
    if (!(key in all)) return;
    delete all[key];
    await this.write(all);
  }

  private async unseal(key: string, blob: string): Promise<string | null> {
    const prefix = blob.startsWith(ASYNC_PREFIX) ? ASYNC_PREFIX : blob.startsWith(SYNC_PREFIX) ? SYNC_PREFIX : null;
    if (!prefix) return null;
    const sealed = Buffer.from(blob.slice(prefix.length), 'base64');
    try {
      const { result, shouldReEncrypt } = await this.safe.decryptStringAsync(sealed);
      if (prefix === SYNC_PREFIX || shouldReEncrypt) this.stale.add(key);
      return result;
    } catch {
      // An old entry may still open with the sync call it was sealed with (async encryptor unavailable).
      if (prefix !== SYNC_PREFIX || !this.safe.isEncryptionAvailable()) return null;
      try {
        this.stale.add(key);
        return this.safe.decryptString(sealed);
      } catch {
        return null;
      }
    }
  }

  private async seal(secret: string): Promise<string> {
    return ASYNC_PREFIX + (await this.safe.encryptStringAsync(secret)).toString('base64');
  }

  /** Writes the map, resealing stale entries whose secret this session knows (the migration). */
  private async write(all: Record<string, string>): Promise<void> {
    if (this.persistent) await this.migrate(all);
    await writeFileAtomic(this.file, sealedSecretsJson(all), 0o600);
  }

  private async migrate(all: Record<string, string>): Promise<void> {
    for (const key of [...this.stale]) {
      const secret = this.memory.get(key) ?? (all[key] ? await this.unseal(key, all[key]) : null);
      if (secret !== null && key in all) all[key] = await this.seal(secret);
      this.stale.delete(key);
    }
    for (const [key, blob] of Object.entries(all)) {
      if (!blob.startsWith(SYNC_PREFIX)) continue;
      const secret = await this.unseal(key, blob);
      if (secret !== null) all[key] = await this.seal(secret);
      this.stale.delete(key);
    }
  }

  private read(): Promise<Record<string, string>> {
    return readSealedSecrets(this.file, this.quarantine);
  }
}
