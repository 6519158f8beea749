import { createWeChatClient, type WeChatClient } from '../wechat/client';
import { resolveApiBase } from '../wechat/http';
import type { AccountStore } from './account-store';

/**
 * One WeChat client (one got instance, one token manager) per account, created on first use and
 * kept, so concurrent calls share the account's single-flight token refresh.
 */
export class ClientPool {
  private readonly clients = new Map<string, Promise<WeChatClient>>();

  constructor(
    private readonly accounts: AccountStore,
    /** The base for accounts without their own (WX_API_BASE, read once at the entry point). */
    private readonly defaultApiBase: string | null = null,
  ) {}

  get(accountId: string): Promise<WeChatClient> {
    let client = this.clients.get(accountId);
    if (!client) {
      client = this.accounts.credentials(accountId).then((c) =>
        createWeChatClient({
          appId: c.appId,
          appSecret: c.appSecret,
          apiBase: resolveApiBase(c.apiBase, this.defaultApiBase),
          proxy: c.proxy,
        }),
      );
      client.catch(() => this.clients.delete(accountId));
      this.clients.set(accountId, client);
    }
    return client;
  }

  apiBaseOf(accountId: string): string {
    return resolveApiBase(this.accounts.require(accountId).apiBase, this.defaultApiBase);
  }

  drop(accountId: string): void {
    this.clients.delete(accountId);
  }
}
