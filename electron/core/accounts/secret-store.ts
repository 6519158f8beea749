/**
 * Where AppSecrets live. The desktop build backs this with Electron safeStorage (electron/main);
 * browser mode and tests keep secrets in memory only. Async so the safeStorage async API is a
 * one-file change.
 */
export interface SecretStore {
  /** True when secrets survive a restart (encrypted at rest); false = this session only. */
  readonly persistent: boolean;
  get(accountId: string): Promise<string | null>;
  set(accountId: string, secret: string): Promise<void>;
  delete(accountId: string): Promise<void>;
}

export class MemorySecretStore implements SecretStore {
  readonly persistent = false;
  private readonly secrets = new Map<string, string>();
  get(accountId: string): Promise<string | null> {
    return Promise.resolve(this.secrets.get(accountId) ?? null);
  }
  set(accountId: string, secret: string): Promise<void> {
    this.secrets.set(accountId, secret);
    return Promise.resolve();
  }
  delete(accountId: string): Promise<void> {
    this.secrets.delete(accountId);
    return Promise.resolve();
  }
}
