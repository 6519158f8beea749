/**
 * Accounts: name, AppID and optional API base, persisted as JSON (atomic writes); AppSecrets go to
 * a SecretStore and never into this file. Built-in accounts (the offline demo, an account from the
 * environment in browser mode) live in memory only.
 */
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { AccountSummary } from '@shared/models';
import { appError } from '@shared/errors';
import { accountIdSchema, apiBaseSchema, proxyUrlSchema } from '@shared/schema-parts';
import { writeFileAtomic } from '../fs/atomic-write';
import type { QuarantineLog } from '../fs/quarantine';
import { readVersionedJson } from '../fs/versioned-json';
import { joinProxy, proxySecretKey, splitProxy } from './proxy-setting';
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
  /** HTTP(S) proxy for this account's WeChat calls, without its password (that is in the SecretStore). */
  proxy: string | null;
  /** A password for the proxy was given (kept in the SecretStore, not here). */
  proxyHasPassword?: true;
  isDemo: boolean;
  /** Built-in accounts are never written to disk. */
  builtin: boolean;
}

export interface AccountCredentials {
  appId: string;
  appSecret: string;
  apiBase: string | null;
  /** The proxy URL with its password (main process only), or null. */
  proxy: string | null;
}

/** What `accounts:update` may change; absent = keep (electron/shared/features/accounts.schemas.ts). */
export interface AccountPatch {
  name?: string;
  appId?: string;
  appSecret?: string;
  apiBase?: string | null;
  proxy?: string | null;
}

/** An update's outcome: what changed decides what the caller must drop (client, token, local data). */
export interface AccountUpdate {
  record: AccountRecord;
  /** AppID, secret, base or proxy changed: the cached client and its token must not be used again. */
  connectionChanged: boolean;
  /** Another official account now: its local index, queue and temp ledger belong to the old AppID. */
  appIdChanged: boolean;
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
        proxy: z.string().max(300).nullable().optional(),
        proxyHasPassword: z.literal(true).optional(),
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
    proxy: proxyFromFile(a.proxy),
    ...(a.proxyHasPassword && proxyFromFile(a.proxy) ? { proxyHasPassword: true as const } : {}),
    isDemo: false,
    builtin: false,
  };
}

/** A stored proxy: only a well-formed URL, and never its password (a hand-edited file could hold one). */
function proxyFromFile(raw: string | null | undefined): string | null {
  if (!raw || !proxyUrlSchema.safeParse(raw).success) return null;
  return splitProxy(raw).url;
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
  addBuiltin(record: Omit<AccountRecord, 'builtin' | 'proxy'>, appSecret: string): void {
    // The same rule as accounts.json (WX_API_BASE with user-info would otherwise be echoed by accounts:list).
    const refused = record.apiBase !== null && !apiBaseSchema.safeParse(record.apiBase).success;
    const base = refused ? { apiBase: null, apiBaseRefused: true as const } : {};
    this.accounts.set(record.id, { ...record, ...base, proxy: null, builtin: true });
    this.builtinSecrets.set(record.id, appSecret);
  }

  async add(input: {
    name: string;
    appId: string;
    appSecret: string;
    apiBase?: string;
    proxy?: string;
  }): Promise<AccountRecord> {
    this.refuseDuplicate(input.appId, null);
    const record: AccountRecord = {
      id: `acc_${randomBytes(6).toString('hex')}`,
      name: input.name,
      appId: input.appId,
      apiBase: input.apiBase ? input.apiBase.replace(/\/+$/, '') : null,
      proxy: null,
      isDemo: false,
      builtin: false,
    };
    await this.secrets.set(record.id, input.appSecret);
    if (input.proxy) Object.assign(record, await this.storeProxy(record.id, input.proxy));
    this.accounts.set(record.id, record);
    await this.persist();
    return record;
  }

  /**
   * Edits a saved account. Validation is the contract's (the same rules as add); here: built-in accounts
   * cannot be edited, and an AppID may belong to one account only.
   */
  async update(id: string, patch: AccountPatch): Promise<AccountUpdate> {
    const current = this.require(id);
    if (current.builtin) {
      throw appError('ACCOUNT_BUILTIN', 'bad-input', {
        zh: '内置账号（演示账号或来自环境变量的账号）不能修改。',
        en: 'Built-in accounts (demo, or from the environment) cannot be edited.',
      });
    }
    const appIdChanged = patch.appId !== undefined && patch.appId.toLowerCase() !== current.appId.toLowerCase();
    if (appIdChanged) this.refuseDuplicate(patch.appId!, id);
    const next: AccountRecord = { ...current };
    if (patch.name !== undefined) next.name = patch.name;
    if (patch.appId !== undefined) next.appId = patch.appId;
    let connectionChanged = appIdChanged;
    if (patch.apiBase !== undefined) {
      const base = patch.apiBase === null || patch.apiBase === '' ? null : patch.apiBase.replace(/\/+$/, '');
      connectionChanged ||= base !== current.apiBase || current.apiBaseRefused === true;
      next.apiBase = base;
      // A base given again by the user replaces the one that was refused at load.
      delete next.apiBaseRefused;
    }
    if (patch.appSecret !== undefined) {
      await this.secrets.set(id, patch.appSecret);
      connectionChanged = true;
    }
    if (patch.proxy !== undefined) {
      delete next.proxyHasPassword;
      Object.assign(next, patch.proxy === null ? await this.clearProxy(id) : await this.storeProxy(id, patch.proxy));
      connectionChanged = true;
    }
    this.accounts.set(id, next);
    await this.persist();
    return { record: next, connectionChanged, appIdChanged };
  }

  private refuseDuplicate(appId: string, exceptId: string | null): void {
    const duplicate = [...this.accounts.values()].find(
      (a) => a.appId.toLowerCase() === appId.toLowerCase() && !a.isDemo && a.id !== exceptId,
    );
    if (duplicate) {
      throw appError('ACCOUNT_EXISTS', 'bad-input', {
        zh: `AppID ${maskAppId(appId)} 已添加为「${duplicate.name}」。`,
        en: `AppID ${maskAppId(appId)} is already added as "${duplicate.name}".`,
      });
    }
  }

  /** Keeps the proxy's password in the SecretStore and returns the record fields without it. */
  private async storeProxy(id: string, raw: string): Promise<Pick<AccountRecord, 'proxy' | 'proxyHasPassword'>> {
    const { url, password } = splitProxy(raw);
    if (password === null) {
      await this.secrets.delete(proxySecretKey(id));
      return { proxy: url };
    }
    await this.secrets.set(proxySecretKey(id), password);
    return { proxy: url, proxyHasPassword: true };
  }

  private async clearProxy(id: string): Promise<Pick<AccountRecord, 'proxy'>> {
    await this.secrets.delete(proxySecretKey(id));
    return { proxy: null };
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
    await this.clearProxy(id);
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
    const proxyPassword = record.proxy ? await this.secrets.get(proxySecretKey(id)) : null;
    return {
      appId: record.appId,
      appSecret: secret,
      apiBase: record.apiBase,
      proxy: record.proxy ? joinProxy(record.proxy, proxyPassword) : null,
    };
  }

  summary(record: AccountRecord): AccountSummary {
    return {
      id: record.id,
      name: record.name,
      appIdMasked: maskAppId(record.appId),
      apiBase: record.apiBase,
      isDemo: record.isDemo,
      secretStorage: record.builtin || !this.secrets.persistent ? 'session' : 'encrypted',
      ...(record.proxy ? { proxy: { url: record.proxy, hasPassword: record.proxyHasPassword === true } } : {}),
    };
  }

  private async persist(): Promise<void> {
    if (!this.file) return;
    const data: AccountsFile = {
      version: 1,
      accounts: [...this.accounts.values()]
        .filter((a) => !a.builtin)
        .map(({ id, name, appId, apiBase, apiBaseRefused, proxy, proxyHasPassword }) => ({
          id,
          name,
          appId,
          apiBase,
          ...(apiBaseRefused ? { apiBaseRefused } : {}),
          ...(proxy ? { proxy } : {}),
          ...(proxy && proxyHasPassword ? { proxyHasPassword } : {}),
        })),
    };
    await writeFileAtomic(this.file, JSON.stringify(data, null, 2));
  }
}
