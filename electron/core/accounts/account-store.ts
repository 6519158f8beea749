/**
 * Accounts: name, AppID and optional API base, persisted as JSON (atomic writes); AppSecrets go to
 * a SecretStore and never into this file. Built-in accounts (the offline demo, an account from the
 * environment in browser mode) live in memory only.
 */
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { AccountSummary } from '../../shared/models';
import { appError } from '../../shared/errors';
import { writeFileAtomic } from '../fs/atomic-write';
import type { SecretStore } from './secret-store';

export interface AccountRecord {
  id: string;
  name: string;
  appId: string;
  apiBase: string | null;
  isDemo: boolean;
  /** Built-in accounts are never written to disk. */
  builtin: boolean;
}

export interface AccountCredentials {
  appId: string;
  appSecret: string;
  apiBase: string | null;
}

interface AccountsFile {
  version: 1;
  accounts: Omit<AccountRecord, 'builtin' | 'isDemo'>[];
}

export function maskAppId(appId: string): string {
  return appId.length <= 8 ? appId : `${appId.slice(0, 4)}…${appId.slice(-4)}`;
}

const notFound = () =>
  appError('ACCOUNT_NOT_FOUND', 'not-found', {
    zh: '找不到这个账号，它可能已被删除。请重新选择账号。',
    en: 'This account no longer exists. Pick another account.',
  });

export class AccountStore {
  private readonly accounts = new Map<string, AccountRecord>();
  private readonly builtinSecrets = new Map<string, string>();

  private constructor(
    private readonly file: string | null,
    private readonly secrets: SecretStore,
  ) {}

  /** Loads the accounts file (if any). A missing file is an empty list; a corrupt one is refused loudly. */
  static async open(file: string | null, secrets: SecretStore): Promise<AccountStore> {
    const store = new AccountStore(file, secrets);
    if (file) {
      let text: string | null = null;
      try {
        text = await readFile(file, 'utf8');
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
      }
      if (text) {
        const parsed = JSON.parse(text) as AccountsFile;
        for (const a of parsed.accounts ?? []) store.accounts.set(a.id, { ...a, isDemo: false, builtin: false });
      }
    }
    return store;
  }

  /** Registers an in-memory account (demo, environment). */
  addBuiltin(record: Omit<AccountRecord, 'builtin'>, appSecret: string): void {
    this.accounts.set(record.id, { ...record, builtin: true });
    this.builtinSecrets.set(record.id, appSecret);
  }

  async add(input: { name: string; appId: string; appSecret: string; apiBase?: string }): Promise<AccountRecord> {
    const duplicate = [...this.accounts.values()].find((a) => a.appId === input.appId && !a.isDemo);
    if (duplicate) {
      throw appError('ACCOUNT_EXISTS', 'bad-input', {
        zh: `AppID ${maskAppId(input.appId)} 已添加为「${duplicate.name}」。`,
        en: `AppID ${maskAppId(input.appId)} is already added as "${duplicate.name}".`,
      });
    }
    const record: AccountRecord = {
      id: `acc_${randomBytes(6).toString('hex')}`,
      name: input.name,
      appId: input.appId,
      apiBase: input.apiBase ? input.apiBase.replace(/\/+$/, '') : null,
      isDemo: false,
      builtin: false,
    };
    await this.secrets.set(record.id, input.appSecret);
    this.accounts.set(record.id, record);
    await this.persist();
    return record;
  }

  async remove(id: string): Promise<void> {
    const record = this.require(id);
    if (record.builtin) {
      throw appError('ACCOUNT_BUILTIN', 'bad-input', {
        zh: '内置账号（演示账号或来自环境变量的账号）不能删除。',
        en: 'Built-in accounts (demo, or from the environment) cannot be removed.',
      });
    }
    this.accounts.delete(id);
    await this.secrets.delete(id);
    await this.persist();
  }

  list(): AccountRecord[] {
    return [...this.accounts.values()].sort(
      (a, b) => Number(b.isDemo) - Number(a.isDemo) || a.name.localeCompare(b.name),
    );
  }

  require(id: string): AccountRecord {
    const record = this.accounts.get(id);
    if (!record) throw notFound();
    return record;
  }

  /** Credentials for the main process only; never returned over IPC. */
  async credentials(id: string): Promise<AccountCredentials> {
    const record = this.require(id);
    const secret = record.builtin ? this.builtinSecrets.get(id) : await this.secrets.get(id);
    if (!secret) {
      throw appError('SECRET_MISSING', 'auth', {
        zh: '这个账号的 AppSecret 没有保存（本机无法加密存储，只在上次运行时保存在内存中）。请删除后重新添加账号。',
        en: 'The AppSecret of this account was not kept (this machine cannot encrypt it, so it lived in memory only). Remove and add the account again.',
      });
    }
    return { appId: record.appId, appSecret: secret, apiBase: record.apiBase };
  }

  summary(record: AccountRecord): AccountSummary {
    return {
      id: record.id,
      name: record.name,
      appIdMasked: maskAppId(record.appId),
      apiBase: record.apiBase,
      isDemo: record.isDemo,
      secretStorage: record.builtin || !this.secrets.persistent ? 'session' : 'encrypted',
    };
  }

  private async persist(): Promise<void> {
    if (!this.file) return;
    const data: AccountsFile = {
      version: 1,
      accounts: [...this.accounts.values()]
        .filter((a) => !a.builtin)
        .map(({ id, name, appId, apiBase }) => ({ id, name, appId, apiBase })),
    };
    await writeFileAtomic(this.file, JSON.stringify(data, null, 2));
  }
}
