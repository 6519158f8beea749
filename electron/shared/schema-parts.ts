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
