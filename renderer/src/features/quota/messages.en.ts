import type { quotaZh } from './messages.zh-CN';

/** English for the quota feature: exactly the keys of messages.zh-CN.ts. */
export const quotaEn: { readonly [K in keyof typeof quotaZh]: string } = {
  'quota.open': 'API quota',
  'quota.title': "Today's API quota",
  'quota.intro':
    "Today's use and daily limit of the WeChat APIs this app calls (reset at midnight Beijing time). From WeChat's openapi/quota/get, refreshed at most once a minute.",
  'quota.loading': 'Asking WeChat for the quota…',
  'quota.asOf': 'As of {time}',
  'quota.used': '{used} used of {limit}',
  'quota.remain': '{remain} left',
  'quota.unavailable': 'WeChat gives no quota for this API',
  'quota.refresh': 'Refresh',
  'quota.close': 'Close',
  'quota.barLabel': '{name}: share used',
};
