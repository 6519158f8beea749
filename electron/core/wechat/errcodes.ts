/**
 * The errcode table (every code in docs/wechat-api.md § Error codes, stable_token/draft/freepublish codes included)
 * and `describeErrcode`, which always names the errcode and, when known, the rid.
 */
import type { LocalizedText } from '@shared/errors';
import { ACCESS_ERRCODES } from './errcode-table-access';
import { CONTENT_ERRCODES } from './errcode-table-content';
import type { ErrcodeInfo, ErrcodeTable } from './errcode-types';

export type { ErrcodeInfo } from './errcode-types';

/** All known errcodes. 0 (ok) is absent on purpose: it is success, never an error. */
export const ERRCODES: ErrcodeTable = { ...ACCESS_ERRCODES, ...CONTENT_ERRCODES };

/** Errcodes that mean "this token is no longer good": refresh once and retry (never more). */
export const TOKEN_ERRCODES: ReadonlySet<number> = new Set([40001, 42001, 40014]);

const UNKNOWN: ErrcodeInfo = {
  errClass: 'internal',
  retryable: false,
  zh: '微信返回了未收录的错误。请稍后重试；若持续出现，请把错误码和 rid 反馈给开发者，或在微信开放文档「全局返回码」中查询。',
  en: "WeChat returned an error SucaiDesk does not know yet. Retry later; if it persists, report the errcode and rid, or look it up in WeChat's global return codes.",
};

/** The table row for `errcode`, or a generic row for codes not in the table. */
export function errcodeInfo(errcode: number): ErrcodeInfo & { known: boolean } {
  const row = ERRCODES[errcode];
  return row ? { ...row, known: true } : { ...UNKNOWN, known: false };
}

/** Bilingual message that names the errcode (always) and the rid (when given), then says what to do. */
export function describeErrcode(errcode: number, rid?: string): LocalizedText {
  const info = errcodeInfo(errcode);
  const ridZh = rid ? `（rid: ${rid}，7 天内可用 openapi/rid/get 查询详情）` : '';
  const ridEn = rid ? ` (rid: ${rid}; look it up with openapi/rid/get within 7 days)` : '';
  return {
    zh: `微信错误码 ${errcode}：${info.zh}${ridZh}`,
    en: `WeChat errcode ${errcode}: ${info.en}${ridEn}`,
  };
}
