/**
 * WeChat Official Account API emulator: a real HTTP server on 127.0.0.1 that answers like
 * api.weixin.qq.com (quirks included) for tests, benchmarks and the offline demo account.
 * Written from docs/wechat-api.md, not from our client. Node built-ins only.
 */
export { DEMO_APP_ID, DEMO_APP_SECRET } from './demo-account';
export { startEmulator } from './emulator';
export { TOKEN_LIFETIME_S } from './tokens';
export { TEMP_LIFETIME_S } from './handlers/media-handlers';
export { RULES as UPLOAD_RULES, PERMANENT_TOTALS } from './upload-rules';
export type {
  CallRecord,
  Emulator,
  EmulatorAccount,
  EmulatorOptions,
  FaultKind,
  FaultRule,
  LedgerEntry,
  LedgerKind,
  LedgerType,
  SeedSpec,
} from './types';
