import type { libraryZh } from './messages.zh-CN';

/** English for the library feature: exactly the keys of messages.zh-CN.ts. */
export const libraryEn: { readonly [K in keyof typeof libraryZh]: string } = {
  'nav.library': 'Library',
};
