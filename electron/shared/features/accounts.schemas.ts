import { z } from 'zod';
import { accountIdSchema as accountId, apiBaseSchema, proxyUrlSchema } from '../schema-parts';
import type { AccountsChannel } from './accounts.channels';

/** The same rules as `accounts:add` (electron/shared/contract.ts), shared so they cannot drift apart. */
export const accountNameSchema = z.string().trim().min(1).max(40);
export const appIdSchema = z
  .string()
  .trim()
  .regex(/^wx[0-9a-f]{16}$/i, 'AppID looks like wx followed by 16 hex digits');
export const appSecretSchema = z
  .string()
  .trim()
  .regex(/^[0-9a-zA-Z]{32}$/, 'AppSecret is 32 letters or digits');

export const accountsSchemas = {
  /**
   * Every field but the id is optional: absent = keep. `appSecret` absent keeps the saved secret (the form
   * sends it only when typed). `apiBase: null` = the default base; `proxy: null` = no proxy; a proxy string
   * replaces the proxy and its password (none if the URL has none).
   */
  'accounts:update': z
    .object({
      accountId,
      name: accountNameSchema.optional(),
      appId: appIdSchema.optional(),
      appSecret: appSecretSchema.optional(),
      apiBase: apiBaseSchema.nullable().optional(),
      proxy: proxyUrlSchema.nullable().optional(),
    })
    .strict(),
} satisfies Record<AccountsChannel, z.ZodType>;
