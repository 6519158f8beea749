/**
 * WeChat errcodes and their errmsg texts (docs/wechat-api.md § Error codes, and real messages quoted
 * in issues). Every error errmsg gets a " rid: xxxxxxxx-xxxxxxxx-xxxxxxxx" suffix like the
 * real API, so clients that match on errmsg text (instead of errcode) fail in tests too.
 */
import { rid } from './ids';

const ERRMSG: Record<number, string> = {
  [-1]: 'system error',
  40001: 'invalid credential, access_token is invalid or not latest, could get access_token by getStableAccessToken',
  40002: 'invalid grant_type',
  40004: 'invalid media type',
  40005: 'invalid file type',
  // "meida" is the real (sic) spelling.
  40006: 'invalid meida size',
  40007: 'invalid media_id',
  40009: 'invalid image size',
  40013: 'invalid appid',
  40014: 'invalid access_token',
  40113: 'unsupported file type',
  40114: 'invalid index value',
  40125: 'invalid appsecret',
  40164: 'invalid ip 127.0.0.1 ipv6 ::ffff:127.0.0.1, not in whitelist',
  40243: 'AppSecret已被冻结，请登录MP解冻后再次调用。',
  41001: 'access_token missing',
  41002: 'appid missing',
  41004: 'appsecret missing',
  41005: 'media data missing',
  41039: 'invalid content_source_url',
  42001: 'access_token expired',
  43001: 'require GET method',
  43002: 'require POST method',
  44001: 'empty media data',
  44002: 'empty post data',
  44003: 'empty news data',
  45001: 'media size out of limit',
  45003: 'title size out of limit',
  45004: 'description size out of limit',
  45007: 'playtime out of limit',
  45009: 'reach max api daily quota limit',
  45011: 'api minute-quota reach limit  mustslower  retry next minute',
  45103: 'This API has been unsupported',
  45106: 'This API has been unsupported',
  45110: 'author size out of limit',
  45166: 'invalid content',
  46001: 'media data no exist',
  47001: 'data format error',
  48001: 'api unauthorized',
  48006: 'forbid to clear quota because of reaching the limit',
  50002: 'user limited',
  53503: '该草稿未通过发布检查',
  53600: 'invalid article id',
  76021: 'cgi_path not found, please check',
  89503: '此次调用需要管理员确认，请耐心等候',
};

/** The errmsg for a code, with the rid suffix. Unknown codes still get a plausible text. */
export function errmsgFor(code: number, override?: string): string {
  const text = override ?? ERRMSG[code] ?? `errcode ${code}`;
  return `${text} rid: ${rid()}`;
}

export interface WxErrorBody {
  errcode: number;
  errmsg: string;
}

export function errorBody(code: number, override?: string): WxErrorBody {
  return { errcode: code, errmsg: errmsgFor(code, override) };
}
