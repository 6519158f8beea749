/**
 * Errcodes about access: credentials, tokens, IP whitelist, quotas, account state, diagnostics
 * (docs/wechat-api.md § Tokens, § Quota and diagnostics, § Error codes). Texts say what happened and what the operator should do.
 */
import type { ErrcodeTable } from './errcode-types';

const WHITELIST_ZH =
  '在 mp.weixin.qq.com「设置与开发 → 基本配置 → IP 白名单」加入本机出口 IP，或在账号设置里配置固定 IP 的中转（API base URL）';
const WHITELIST_EN =
  "add this machine's public IP under mp.weixin.qq.com → Settings & Development → Basic Configuration → IP whitelist, or set a fixed-IP relay (API base URL) in the account settings";

export const ACCESS_ERRCODES: ErrcodeTable = {
  [-1]: {
    errClass: 'retryable',
    retryable: true,
    zh: '微信系统繁忙。请稍后重试。',
    en: 'WeChat is busy. Try again in a moment.',
  },
  40001: {
    errClass: 'auth',
    retryable: false,
    zh: '访问凭证无效或不是最新的（已自动刷新并重试一次仍失败）。请检查 AppSecret 是否已在后台重置，并确认没有其他系统在用 force_refresh 频繁刷新凭证。',
    en: 'The access token is invalid or not the latest (it was refreshed and retried once). Check whether the AppSecret was reset, and that no other system keeps force-refreshing the token.',
  },
  40002: {
    errClass: 'bad-input',
    retryable: false,
    zh: '请求参数不合法（grant_type 或其他参数）。这通常是程序问题，请反馈给开发者。',
    en: 'Invalid argument (grant_type or another parameter). This is usually a bug; please report it.',
  },
  40013: {
    errClass: 'auth',
    retryable: false,
    zh: 'AppID 不合法。请在账号设置中核对 AppID（以 wx 开头的 18 位字符）。',
    en: 'Invalid AppID. Check the AppID in the account settings (18 characters starting with "wx").',
  },
  40014: {
    errClass: 'auth',
    retryable: false,
    zh: '访问凭证不合法（已自动刷新并重试一次仍失败）。请在账号设置中重新测试连接。',
    en: 'Invalid access token (it was refreshed and retried once). Test the connection again in the account settings.',
  },
  40125: {
    errClass: 'auth',
    retryable: false,
    zh: 'AppSecret 不正确。请在 mp.weixin.qq.com「设置与开发 → 基本配置」核对或重置 AppSecret，再更新账号设置。',
    en: 'Wrong AppSecret. Check or reset it at mp.weixin.qq.com → Settings & Development → Basic Configuration, then update the account.',
  },
  40164: {
    errClass: 'ip-whitelist',
    retryable: false,
    zh: `调用 IP 不在公众号的 IP 白名单中 — ${WHITELIST_ZH}。`,
    en: `The calling IP is not in the account's IP whitelist — ${WHITELIST_EN}.`,
  },
  40243: {
    errClass: 'auth',
    retryable: false,
    zh: 'AppSecret 已被冻结。请登录 mp.weixin.qq.com 解冻或重置 AppSecret。',
    en: 'The AppSecret is frozen. Unfreeze or reset it at mp.weixin.qq.com.',
  },
  41001: {
    errClass: 'auth',
    retryable: false,
    zh: '请求缺少 access_token。若使用了中转（API base URL），请确认中转没有丢弃查询参数。',
    en: 'The request carried no access_token. If you use a relay (API base URL), make sure it forwards query parameters.',
  },
  41002: {
    errClass: 'auth',
    retryable: false,
    zh: '请求缺少 AppID。请在账号设置中填写 AppID。',
    en: 'The AppID is missing. Fill it in in the account settings.',
  },
  41004: {
    errClass: 'auth',
    retryable: false,
    zh: '请求缺少 AppSecret。请在账号设置中重新填写 AppSecret。',
    en: 'The AppSecret is missing. Enter it again in the account settings.',
  },
  42001: {
    errClass: 'auth',
    retryable: false,
    zh: '访问凭证已过期（已自动刷新并重试一次仍失败）。请稍后重试；若持续出现，请在账号设置中重新测试连接。',
    en: 'The access token expired (it was refreshed and retried once). Try again later; if it persists, test the connection in the account settings.',
  },
  43002: {
    errClass: 'internal',
    retryable: false,
    zh: '该接口需要 POST 请求。若使用了中转，请确认中转没有改写请求方法；否则请反馈给开发者。',
    en: 'This API requires POST. If you use a relay, make sure it keeps the method; otherwise please report it.',
  },
  45009: {
    errClass: 'quota',
    retryable: false,
    zh: '该接口今日调用次数已达上限，北京时间 00:00 重置。可等待次日，或在 mp.weixin.qq.com 使用 clear_quota 清零（每月次数有限）。',
    en: "This API's daily quota is used up; it resets at 00:00 Beijing time (UTC+8). Wait until then, or clear it with clear_quota at mp.weixin.qq.com (a few times per month).",
  },
  45011: {
    errClass: 'quota',
    retryable: true,
    zh: '调用太频繁，已达每分钟上限。请放慢速度，下一分钟再试。',
    en: 'Too many calls this minute. Slow down and retry in the next minute.',
  },
  48001: {
    errClass: 'permission',
    retryable: false,
    zh: '公众号没有此接口权限（例如未认证的公众号不能使用发表接口）。请在 mp.weixin.qq.com「设置与开发 → 接口权限」查看。',
    en: 'The account lacks permission for this API (e.g. unverified accounts cannot publish). See mp.weixin.qq.com → Settings & Development → API permissions.',
  },
  48006: {
    errClass: 'quota',
    retryable: false,
    zh: '本月清零次数已用完，不能再清零调用次数。请等待每日自动重置（北京时间 00:00）。',
    en: 'The monthly quota-clear allowance is used up. Wait for the daily reset at 00:00 Beijing time.',
  },
  50002: {
    errClass: 'permission',
    retryable: false,
    zh: '公众号受限（可能被冻结或封禁）。请登录 mp.weixin.qq.com 查看账号状态与通知。',
    en: 'The account is restricted (possibly frozen or banned). Check its status and notices at mp.weixin.qq.com.',
  },
  50004: {
    errClass: 'permission',
    retryable: false,
    zh: '该公众号被禁止使用 token 接口。请登录 mp.weixin.qq.com 查看原因。',
    en: 'This account is barred from the token API. See mp.weixin.qq.com for the reason.',
  },
  50007: {
    errClass: 'permission',
    retryable: false,
    zh: '公众号已被冻结。请登录 mp.weixin.qq.com 按提示解冻。',
    en: 'The account is frozen. Unfreeze it at mp.weixin.qq.com as instructed there.',
  },
  76001: {
    errClass: 'not-found',
    retryable: false,
    zh: '该 rid 不存在。请核对 rid（有效期 7 天）。',
    en: 'This rid does not exist. Check the rid (valid for 7 days).',
  },
  76002: {
    errClass: 'bad-input',
    retryable: false,
    zh: 'rid 为空或格式错误。请复制错误信息中完整的 rid。',
    en: 'The rid is empty or malformed. Copy the full rid from the error message.',
  },
  76003: {
    errClass: 'permission',
    retryable: false,
    zh: '该 rid 属于其他账号，当前账号无权查询。请切换到产生该 rid 的账号。',
    en: 'This rid belongs to another account. Switch to the account that produced it.',
  },
  76004: {
    errClass: 'not-found',
    retryable: false,
    zh: 'rid 已过期（只保留 7 天）。',
    en: 'The rid has expired (kept for 7 days only).',
  },
  76021: {
    errClass: 'bad-input',
    retryable: false,
    zh: 'cgi_path 填写错误。请使用以 /cgi-bin/ 开头的接口路径，例如 /cgi-bin/material/batchget_material。',
    en: 'Wrong cgi_path. Use an API path starting with /cgi-bin/, e.g. /cgi-bin/material/batchget_material.',
  },
  76022: {
    errClass: 'permission',
    retryable: false,
    zh: '所用 token 与该接口所属账号不符。请在对应账号下查询。',
    en: 'The token does not belong to the account that owns this API. Query it from that account.',
  },
  89501: {
    errClass: 'ip-whitelist',
    retryable: true,
    zh: `这个 IP 正在等待公众号管理员确认。请让管理员在微信里确认后再试；长期使用请${WHITELIST_ZH}。`,
    en: `This IP is waiting for the account admin's confirmation: ask the admin to confirm in WeChat, then retry. For lasting access, ${WHITELIST_EN}.`,
  },
  89503: {
    errClass: 'ip-whitelist',
    retryable: true,
    zh: `此次调用需要公众号管理员确认，请让管理员在微信中确认后重试；长期使用请${WHITELIST_ZH}。`,
    en: `This call needs the account admin's confirmation: ask the admin to confirm in WeChat, then retry. For lasting access, ${WHITELIST_EN}.`,
  },
  89506: {
    errClass: 'ip-whitelist',
    retryable: false,
    zh: `公众号管理员拒绝了该 IP 的调用，24 小时内不能再调用。请联系管理员，或${WHITELIST_ZH}。`,
    en: `The account admin refused calls from this IP; it is blocked for 24 hours. Contact the admin, or ${WHITELIST_EN}.`,
  },
  89507: {
    errClass: 'ip-whitelist',
    retryable: false,
    zh: `公众号管理员拒绝了该 IP 的调用，1 小时内不能再调用。请联系管理员，或${WHITELIST_ZH}。`,
    en: `The account admin refused calls from this IP; it is blocked for 1 hour. Contact the admin, or ${WHITELIST_EN}.`,
  },
};
