/** Schema pieces every feature's requests use, defined once so their limits cannot drift apart. */
import { z } from 'zod';

/** Our own account ids (`demo`, `env`, `acc_…`): short, URL- and file-name-safe. */
export const accountIdSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/);

/** WeChat media_id values are opaque; they are printable ASCII and WeChat caps them at 128 (we allow 256). */
export const mediaIdSchema = z
  .string()
  .min(1)
  .max(256)
  .regex(/^[\x21-\x7e]+$/, 'media_id is printable ASCII');

/** A staged file's opaque token (never a path). */
export const fileTokenSchema = z.string().regex(/^[a-f0-9]{32}$/);

const API_BASE_MESSAGES = {
  shape:
    'API 基址必须是 http:// 或 https:// 开头、不带查询参数（?）和锚点（#）的网址。 / The API base must be an http:// or https:// URL without a query (?) or fragment (#).',
  credentials:
    'API 基址里不接受代理凭据（用户名:密码@），它们会以明文保存并显示。请使用不需要凭据的中转地址。 / Proxy credentials are not accepted in the API base URL (user:password@): they would be stored and shown in plain text. Use a relay address that needs no credentials.',
};

/**
 * An account's API base (a fixed-IP relay, or the emulator): http(s) only, a host, no query or
 * fragment, and no user-info. Credentials in it would be stored in plain accounts.json and echoed by
 * `accounts:list`, so they are refused here, where both the contract and the accounts file look.
 */
export const apiBaseSchema = z
  .string()
  .trim()
  .max(200)
  .superRefine((value, ctx) => {
    const authority = /^https?:\/\/([^/?#\\]*)/i.exec(value)?.[1] ?? '';
    if (authority.includes('@')) {
      ctx.addIssue({ code: 'custom', message: API_BASE_MESSAGES.credentials });
      return;
    }
    let url: URL | null = null;
    try {
      url = new URL(value);
    } catch {
      url = null;
    }
    const plain =
      /^https?:\/\/[^\s/?#\\@]+(\/[^\s?#\\]*)?$/i.test(value) &&
      url !== null &&
      (url.protocol === 'http:' || url.protocol === 'https:') &&
      url.hostname !== '' &&
      url.username === '' &&
      url.password === '';
    if (!plain) ctx.addIssue({ code: 'custom', message: API_BASE_MESSAGES.shape });
  });

const PROXY_MESSAGE =
  '代理地址应为 http://主机:端口 或 http://用户名:密码@主机:端口（也可用 https://），不带路径、查询参数和锚点。 / The proxy must look like http://host:port or http://user:password@host:port (https:// also works), without a path, query or fragment.';

/**
 * An account's HTTP(S) proxy for WeChat calls (whitelisted egress): `http(s)://[user[:password]@]host[:port]`.
 * Unlike the API base, user-info is accepted here: the core keeps the password in the sealed secret store
 * and only `user@host:port` in accounts.json (electron/core/accounts/proxy-setting.ts).
 */
export const proxyUrlSchema = z
  .string()
  .trim()
  .max(300)
  .superRefine((value, ctx) => {
    let url: URL | null = null;
    try {
      url = new URL(value);
    } catch {
      url = null;
    }
    const ok =
      url !== null &&
      /^https?:\/\/[^\s/?#\\]+\/?$/i.test(value) &&
      (url.protocol === 'http:' || url.protocol === 'https:') &&
      url.hostname !== '' &&
      url.pathname === '/' &&
      url.search === '' &&
      url.hash === '';
    if (!ok) ctx.addIssue({ code: 'custom', message: PROXY_MESSAGE });
  });
