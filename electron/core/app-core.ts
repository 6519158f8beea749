/**
 * Composition of the electron-free core: accounts, clients, staging, thumbnails, library, and the
 * handler for every contract channel. Desktop (electron/main) and browser mode (electron/web)
 * build this once and put their own transport in front of it.
 */
import path from 'node:path';
import type { EventMap } from '@shared/contract';
import { AssetRoutes, mediaRoute } from './assets';
import { createAccountsHandlers } from './features/accounts';
import { createArticlesHandlers } from './features/articles';
import { createLibraryHandlers } from './features/library';
import { createQuotaHandlers } from './features/quota';
import { createThumbsHandlers } from './features/thumbs';
import { createImagesHandlers } from './features/images';
import { createUploadsHandlers } from './features/uploads';
import { createAppShellHandlers } from './features/app-shell';
import type { ShellHooks } from './shell/shell-hooks';
import type { AppInfo } from '@shared/models';
import { AccountStore } from './accounts/account-store';
import { ClientPool } from './accounts/client-pool';
import type { SecretStore } from './accounts/secret-store';
import { startDemoAccount, DEMO_ACCOUNT_ID, type DemoAccount, type DemoOptions } from './demo/demo-account';
import { QuarantineLog } from './fs/quarantine';
import { IndexRegistry } from './index/index-registry';
import type { Handlers } from './ipc/dispatch';
import type { DownloadTarget } from './library/download-target';
import { LibraryService } from './library/library-service';
import { StagingArea } from './staging/staging-area';
import { ThumbService } from './thumbs/thumb-service';
import { silentLogger, type Logger } from './log';
import { toAppError } from './wechat/to-app-error';

export interface CoreOptions {
  mode: AppInfo['mode'];
  version: string;
  /** App data folder: accounts.json (when persisted) and the thumbnail cache. */
  dataDir: string;
  /** Desktop keeps accounts in accounts.json; browser mode keeps them in memory. */
  persistAccounts: boolean;
  secrets: SecretStore;
  downloads: DownloadTarget;
  emit<E extends keyof EventMap>(event: E, payload: EventMap[E]): void;
  /** Start the offline demo account (false in tests that bring their own emulator). */
  demo: false | DemoOptions;
  /** An account taken from the environment (browser mode: WX_APPID/WX_APPSECRET/WX_API_BASE), memory only. */
  envAccount?: { appId: string; appSecret: string; apiBase?: string | null };
  /**
   * The API base of every account without its own (WX_API_BASE). The entry points read the environment
   * once and pass it here; nothing in the core reads process.env (electron/core/wechat/http.ts).
   */
  apiBase?: string | null;
  /** Where failures that have no caller to answer (background index writes…) are logged; redacting. */
  logger?: Logger;
  /** Collects stored files set aside at start; the entry point may share it with its own stores (secrets). */
  quarantine?: QuarantineLog;
  /** The desktop shell's native parts (theme, menu language, data folder); browser mode has none. */
  shell?: ShellHooks;
}

export interface Core {
  handlers: Handlers;
  staging: StagingArea;
  thumbs: ThumbService;
  /** Same-origin routes for thumbnails and previews, served by both transports. */
  assets: AssetRoutes;
  demo: DemoAccount | null;
  close(): Promise<void>;
}

/** What a feature's handlers may use: the shared services of the core. */
export interface CoreContext {
  options: CoreOptions;
  accounts: AccountStore;
  clients: ClientPool;
  staging: StagingArea;
  thumbs: ThumbService;
  /** The local index of every account (built before the services that read it). */
  indexes: IndexRegistry;
  library: LibraryService;
  assets: AssetRoutes;
  emit: CoreOptions['emit'];
  log: Logger;
  quarantine: QuarantineLog;
  /** Runs when the core closes (stop timers, flush journals). */
  onClose(fn: () => Promise<void> | void): void;
  /**
   * Registers how a service deletes what it keeps for one account (index, thumbnails, queue, temp ledger);
   * `forgetAccountData` runs them all when the account is removed or its AppID changes
   * (electron/core/features/accounts.ts).
   */
  onForgetAccount(fn: (accountId: string) => Promise<void>): void;
  forgetAccountData(accountId: string): Promise<void>;
}

export async function createCore(options: CoreOptions): Promise<Core> {
  const log = options.logger ?? silentLogger;
  const quarantine = options.quarantine ?? new QuarantineLog();
  const accounts = await AccountStore.open(
    options.persistAccounts ? path.join(options.dataDir, 'accounts.json') : null,
    options.secrets,
    quarantine,
  );
  const demo = options.demo ? await startDemo(options.demo, log) : null;
  if (demo) {
    accounts.addBuiltin(
      { id: DEMO_ACCOUNT_ID, name: '演示账号 Demo', appId: demo.appId, apiBase: demo.apiBase, isDemo: true },
      demo.appSecret,
    );
  }
  if (options.envAccount) {
    const { appId, appSecret, apiBase } = options.envAccount;
    accounts.addBuiltin(
      { id: 'env', name: `环境变量 ${appId.slice(0, 6)}`, appId, apiBase: apiBase ?? null, isDemo: false },
      appSecret,
    );
  }
  // Built in dependency order, each given what it needs: clients → indexes → thumbnails → library.
  const clients = new ClientPool(accounts, options.apiBase ?? null);
  const clientFor = (id: string) => clients.get(id);
  const staging = new StagingArea();
  const indexes = new IndexRegistry({ dir: path.join(options.dataDir, 'index'), clientFor, quarantine });
  const thumbs = new ThumbService(
    path.join(options.dataDir, 'thumbs'),
    (id) => clients.apiBaseOf(id),
    // Items listed in an earlier session: their image URLs live in the index file.
    (accountId, mediaId) => indexes.peek(accountId)?.find(mediaId)?.thumbUrl,
  );
  const library = new LibraryService({
    indexes,
    thumbs,
    emit: (event, payload) => options.emit(event, payload),
    log,
  });

  const assets = new AssetRoutes();
  // Ids arrive validated by AssetRoutes (accountIdSchema, mediaIdSchema); the cache file name is a hash of them.
  assets.register(
    'thumb',
    mediaRoute(async ({ accountId, id }) => {
      const file = await thumbs.get(accountId, id);
      return file ? { body: new Uint8Array(file.bytes), contentType: file.contentType } : null;
    }),
  );
  const closers: (() => Promise<void> | void)[] = [];
  const forgetters: ((accountId: string) => Promise<void>)[] = [
    (id) => indexes.forget(id),
    (id) => thumbs.forgetAccount(id),
  ];
  const ctx: CoreContext = {
    options,
    accounts,
    clients,
    staging,
    thumbs,
    indexes,
    library,
    assets,
    emit: (event, payload) => options.emit(event, payload),
    log,
    quarantine,
    onClose: (fn) => closers.push(fn),
    onForgetAccount: (fn) => forgetters.push(fn),
    // Each service's files go even if another's deletion fails; the first failure is reported after.
    forgetAccountData: async (accountId) => {
      const results = await Promise.allSettled(forgetters.map((fn) => fn(accountId)));
      const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
      if (failed) throw failed.reason;
    },
  };

  const handlers: Handlers = {
    'app:info': () => Promise.resolve({ version: options.version, mode: options.mode, quarantined: quarantine.list() }),
    'accounts:list': () => Promise.resolve(accounts.list().map((a) => accounts.summary(a))),
    'accounts:add': async (req) => accounts.summary(await accounts.add(req)),
    'files:register': ({ paths }) => staging.register(paths),
    ...createAccountsHandlers(ctx),
    ...(await createLibraryHandlers(ctx)),
    ...(await createUploadsHandlers(ctx)),
    ...(await createArticlesHandlers(ctx)),
    ...(await createQuotaHandlers(ctx)),
    ...(await createThumbsHandlers(ctx)),
    ...(await createImagesHandlers(ctx)),
    ...createAppShellHandlers(options.shell),
  };

  return {
    handlers,
    staging,
    thumbs,
    assets,
    demo,
    /** Flushes pending journal and index writes, then stops; the desktop app awaits it before exiting. */
    async close() {
      for (const fn of closers.reverse()) await fn();
      await indexes.flush();
      await staging.dispose();
      await demo?.emulator.close();
    },
  };
}

/** The demo is a convenience: if its emulator cannot be loaded or bound, the app starts without it. */
async function startDemo(opts: DemoOptions, log: Logger): Promise<DemoAccount | null> {
  try {
    return await startDemoAccount(opts);
  } catch (err) {
    log.failure('demo.start', toAppError(err));
    return null;
  }
}
