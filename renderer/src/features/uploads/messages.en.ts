import type { uploadsZh } from './messages.zh-CN';

/** English for the uploads feature: exactly the keys of messages.zh-CN.ts. */
export const uploadsEn: { readonly [K in keyof typeof uploadsZh]: string } = {
  'nav.uploads': 'Uploads & temporary media',
};
