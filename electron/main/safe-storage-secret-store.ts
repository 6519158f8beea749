/**
 * AppSecrets encrypted with Electron safeStorage, in `secrets.json` (mode 0600, atomic writes).
 * When the OS offers no real key store (Linux `basic_text`, or encryption unavailable), nothing
 * is written: secrets stay in memory for this session and the UI says so.
 */
import type { SafeStorage } from 'electron';
import { readSealedSecrets, sealedSecretsJson } from '../core/accounts/sealed-secrets-file';
import type { SecretStore } from '../core/accounts/secret-store';
import { writeFileAtomic } from '../core/fs/atomic-write';
import type { QuarantineLog } from '../core/fs/quarantine';

type SafeStorageLike = Pick<
  SafeStorage,
  'isEncryptionAvailable' | 'encryptString' | 'decryptString' | 'getSelectedStorageBackend'
>;

/** Tagged so a later switch of algorithm (async API) can read old entries. */
const PREFIX = 'v1:safeStorage:';

export class SafeStorageSecretStore implements SecretStore {
  readonly persistent: boolean;
  private readonly memory = new Map<string, string>();

  constructor(
    private readonly file: string,
    private readonly safe: SafeStorageLike,
    platform: NodeJS.Platform = process.platform,
    /** Where an unreadable secrets.json is reported once it has been set aside. */
    private readonly quarantine?: QuarantineLog,
  ) {
    const backendWeak = platform === 'linux' && ['basic_text', 'unknown'].includes(safe.getSelectedStorageBackend());
    this.persistent = safe.isEncryptionAvailable() && !backendWeak;
  }

  async get(accountId: string): Promise<string | null> {
    if (this.memory.has(accountId)) return this.memory.get(accountId)!;
    if (!this.persistent) return null;
    const blob = (await this.read())[accountId];
    if (!blob?.startsWith(PREFIX)) return null;
    const secret = this.safe.decryptString(Buffer.from(blob.slice(PREFIX.length), 'base64'));
    this.memory.set(accountId, secret);
    return secret;
  }

  async set(accountId: string, secret: string): Promise<void> {
    this.memory.set(accountId, secret);
    if (!this.persistent) return;
    const all = await this.read();
    all[accountId] = PREFIX + this.safe.encryptString(secret).toString('base64');
    await writeFileAtomic(this.file, sealedSecretsJson(all), 0o600);
  }

  async delete(accountId: string): Promise<void> {
    this.memory.delete(accountId);
    if (!this.persistent) return;
    const all = await this.read();
    delete all[accountId];
    await writeFileAtomic(this.file, sealedSecretsJson(all), 0o600);
  }

  private read(): Promise<Record<string, string>> {
    return readSealedSecrets(this.file, this.quarantine);
  }
}
