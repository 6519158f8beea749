/**
 * Credentials of the built-in demo account. They only ever work against the emulator:
 * the AppID has the real shape ('wx' + 16 hex digits) so client-side validation passes,
 * but "de3" ("demo") makes it recognisable in logs.
 */
import type { EmulatorAccount } from './types';

export const DEMO_APP_ID = 'wxde30000000000001';
export const DEMO_APP_SECRET = 'SucaiDeskDemo0Secret0000000000AB';

export const DEMO_ACCOUNT: EmulatorAccount = { appId: DEMO_APP_ID, appSecret: DEMO_APP_SECRET };
