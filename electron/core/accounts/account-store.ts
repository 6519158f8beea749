/**
 * Accounts: name, AppID and optional API base, persisted as JSON (atomic writes); AppSecrets go to
 * a SecretStore and never into this file. Built-in accounts (the offline demo, an account from the
 * environment in browser mode) live in memory only.
 */
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { AccountSummary } from '@shared/models';
import { appError } from '@shared/errors';
import { accountIdSchema, apiBaseSchema } from '@shared/schema-parts';
import { writeFileAtomic } from '../fs/atomic-write';
import type { QuarantineLog } from '../fs/quarantine';
import { readVersionedJson } from '../fs/versioned-json';
import type { SecretStore } from './secret-store';

export interface AccountRecord {
  id: string;
  name: string;
  appId: string;
  apiBase: string | null;
  /**
   * Set when accounts.json held an API base the contract refuses (user-info, another scheme…): the value
   * is dropped from memory and disk, and the account refuses to call anyone until it is added again,
   * rather than silently talking to a different host.
   */
  apiBaseRefused?: true;
  isDemo: boolean;
  /** Built-in accounts are never written to disk. */
  builtin: boolean;
}

export interface AccountCredentials {
  appId: string;
  appSecret: string;
  apiBase: string | null;
}

/**
 * accounts.json as read on start: anything outside this shape is set aside. `apiBase` is only a string
 * here; whether it is an acceptable base is decided per account (apiBaseSchema) so one bad value costs
 * that account its base, not the whole file.
 */
const accountsFileSchema = z.object({
  version: z.literal(1),
  accounts: z
    .array(
      z.object({
        id: accountIdSchema,
        name: z.string().min(1).max(200),
        appId: z.string().regex(/^wx[0-9a-f]{16}$/i),
        apiBase: z.string().max(2000).nullable(),
        apiBaseRefused: z.literal(true).optional(),
      }),
    )
    .max(1000),
});

type AccountsFile = z.infer<typeof accountsFileSchema>;

/** One stored account: a base the contract would refuse is dropped and the account marked refused. */
function fromFile(a: AccountsFile['accounts'][number]): AccountRecord {
  const base = a.apiBase === null ? null : apiBaseSchema.safeParse(a.apiBase);
  const refused = a.apiBaseRefused === true || (base !== null && !base.success);
  return {
    id: a.id,
    name: a.name,
    appId: a.appId,
    apiBase: refused || !base?.success ? null : base.data.replace(/\/+$/, ''),
    ...(refused ? { apiBaseRefused: true as const } : {}),
    isDemo: false,
    builtin: false,
  };
}

const baseRefused = () =>
  appError('ACCOUNT_API_BASE_REFUSED', 'bad-input', {
    zh: '这个账号保存的 API 基址带有代理凭据或格式不被接受，已被移除，账号暂停使用。请删除这个账号，再用不带凭据的中转地址重新添加。',
    en: "This account's stored API base carried proxy credentials or an unaccepted form, so it was removed and the account is paused. Remove the account and add it again with a relay address without credentials.",
  });

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

  /**
   * Loads the accounts file (if any). A missing file is an empty list; a corrupt one, or one of a version
   * this build does not know, is set aside and reported (electron/core/fs/versioned-json.ts) and the app
   * starts without it rather than not at all: the user sees the notice and can add the accounts again.
   */
  static async open(file: string | null, secrets: SecretStore, log?: QuarantineLog): Promise<AccountStore> {
    const store = new AccountStore(file, secrets);
    if (!file) return store;
    const read = await readVersionedJson(file, accountsFileSchema, { kind: 'accounts', version: 1, log });
    if (read.kind !== 'ok') return store;
    for (const a of read.data.accounts) store.accounts.set(a.id, fromFile(a));
    // Credentials that were on disk in plain text leave it now, not at the next change.
    if (read.data.accounts.some((a) => a.apiBase !== null && store.accounts.get(a.id)?.apiBaseRefused)) {
      await store.persist();
    }
    return store;
  }

  /** Registers an in-memory account (demo, environment). */
  addBuiltin(record: Omit<AccountRecord, 'builtin'>, appSecret: string): void {
    // The same rule as accounts.json (WX_API_BASE with user-info would otherwise be echoed by accounts:list).
    const refused = record.apiBase !== null && !apiBaseSchema.safeParse(record.apiBase).success;
    const base = refused ? { apiBase: null, apiBaseRefused: true as const } : {};
    this.accounts.set(record.id, { ...record, ...base, builtin: true });
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
    if (record.apiBaseRefused) throw baseRefused();
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
        .map(({ id, name, appId, apiBase, apiBaseRefused }) => ({
          id,
          name,
          appId,
          apiBase,
          ...(apiBaseRefused ? { apiBaseRefused } : {}),
        })),
    };
    await writeFileAtomic(this.file, JSON.stringify(data, null, 2));
  }
}
