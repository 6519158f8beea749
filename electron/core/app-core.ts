/**
 * Composition of the electron-free core: accounts, clients, staging, thumbnails, library, and the
 * handler for every contract channel. Desktop (electron/main) and browser mode (electron/web)
 * build this once and put their own transport in front of it.
 */
import path from 'node:path';
import type { EventMap } from '../shared/contract';
import { AssetRoutes, mediaRoute } from './assets';
import { createArticlesHandlers } from './features/articles';
import { createLibraryHandlers } from './features/library';
import { createUploadsHandlers } from './features/uploads';
import type { AppInfo } from '../shared/models';
import { AccountStore } from './accounts/account-store';
import { ClientPool } from './accounts/client-pool';
import type { SecretStore } from './accounts/secret-store';
import { startDemoAccount, DEMO_ACCOUNT_ID, type DemoAccount } from './demo/demo-account';
import type { Handlers } from './ipc/dispatch';
import type { DownloadTarget } from './library/download-target';
import { LibraryService } from './library/library-service';
import { StagingArea } from './staging/staging-area';
import { ThumbService } from './thumbs/thumb-service';

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
  demo: false | { port?: number };
  /** An account taken from the environment (browser mode: WX_APPID/WX_APPSECRET/WX_API_BASE), memory only. */
  envAccount?: { appId: string; appSecret: string; apiBase?: string | null };
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
  library: LibraryService;
  assets: AssetRoutes;
  emit: CoreOptions['emit'];
  /** Runs when the core closes (stop timers, flush journals). */
  onClose(fn: () => Promise<void> | void): void;
}

export async function createCore(options: CoreOptions): Promise<Core> {
  const accounts = await AccountStore.open(
    options.persistAccounts ? path.join(options.dataDir, 'accounts.json') : null,
    options.secrets,
  );
  const demo = options.demo ? await startDemoAccount(options.demo.port ?? 0) : null;
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
  const clients = new ClientPool(accounts);
  const staging = new StagingArea();
  const thumbs = new ThumbService(path.join(options.dataDir, 'thumbs'), (id) => clients.apiBaseOf(id));
  const library = new LibraryService({
    clientFor: (id) => clients.get(id),
    staging,
    thumbs,
    downloads: options.downloads,
    emit: (event, payload) => options.emit(event, payload),
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
  const ctx: CoreContext = {
    options,
    accounts,
    clients,
    staging,
    thumbs,
    library,
    assets,
    emit: (event, payload) => options.emit(event, payload),
    onClose: (fn) => closers.push(fn),
  };

  const handlers: Handlers = {
    'app:info': () => Promise.resolve({ version: options.version, mode: options.mode }),
    'accounts:list': () => Promise.resolve(accounts.list().map((a) => accounts.summary(a))),
    'accounts:add': async (req) => accounts.summary(await accounts.add(req)),
    'accounts:remove': async ({ accountId }) => {
      await accounts.remove(accountId);
      clients.drop(accountId);
      return { removed: true };
    },
    'accounts:test': async ({ accountId }) => (await clients.get(accountId)).testConnection(),
    'library:upload': ({ accountId, type, files, video }) => library.upload(accountId, type, files, video),
    'library:delete': async ({ accountId, mediaId }) => {
      await library.remove(accountId, mediaId);
      return { deleted: true };
    },
    'library:download': ({ accountId, mediaId, nameHint }) => library.download(accountId, mediaId, nameHint),
    'files:register': ({ paths }) => staging.register(paths),
    ...(await createLibraryHandlers(ctx)),
    ...(await createUploadsHandlers(ctx)),
    ...(await createArticlesHandlers(ctx)),
  };

  return {
    handlers,
    staging,
    thumbs,
    assets,
    demo,
    async close() {
      for (const fn of closers.reverse()) await fn();
      await staging.dispose();
      await demo?.emulator.close();
    },
  };
}
