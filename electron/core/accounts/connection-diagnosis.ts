/**
 * "Test connection" names the problem. Most answers of stable_token already have a text in the errcode
 * table (electron/core/wechat/errcode-table-access.ts: 40013 wrong AppID, 40125 wrong secret, 45009 quota,
 * 89501/89503/89506/89507 admin confirmation); the proxy's own failures have theirs
 * (electron/core/wechat/proxy-error-text.ts). Two need more than the table can say:
 *   - 40164: the machine's outgoing IP, which WeChat puts in errmsg ("invalid ip 1.2.3.4 ipv6 ::ffff:1.2.3.4,
 *     not in whitelist"), and the steps to whitelist exactly that IP;
 *   - 40001 at stable_token means the credential itself, not a stale token: the secret was reset.
 */
import { isIP } from 'node:net';
import { AppError, type AppErrorPayload } from '@shared/errors';
import { WeChatApiError } from '../wechat/errors';
import { toAppError } from '../wechat/to-app-error';

/** The IPv4 (or IPv6) address WeChat saw, from a 40164 errmsg; null when the text does not carry one. */
export function outgoingIpFrom(errmsg: string): string | null {
  const m = /invalid ip\s+([0-9A-Fa-f.:]+)/i.exec(errmsg);
  const ip = m?.[1].replace(/[.:,]+$/, '') ?? '';
  return isIP(ip) ? ip : null;
}

function whitelistPayload(err: WeChatApiError): AppErrorPayload {
  const ip = outgoingIpFrom(err.errmsg);
  const rid = err.rid ? `（rid: ${err.rid}）` : '';
  const ridEn = err.rid ? ` (rid: ${err.rid})` : '';
  const zhIp = ip ? `本机出口 IP ${ip} ` : '本机出口 IP ';
  const enIp = ip ? `This machine's outgoing IP ${ip} ` : "This machine's outgoing IP ";
  return {
    code: 'WX_40164',
    errClass: 'ip-whitelist',
    retryable: false,
    errcode: 40164,
    ...(err.rid ? { rid: err.rid } : {}),
    details: ip ? [err.endpoint, `ip:${ip}`] : [err.endpoint],
    message: {
      zh:
        `微信错误码 40164：${zhIp}不在公众号的 IP 白名单中${rid}。` +
        `请管理员登录 mp.weixin.qq.com →「设置与开发」→「基本配置」→「IP白名单」，点「修改」，` +
        `加入 ${ip ?? '本机出口 IP'} 并保存，几分钟后再测试连接。` +
        '若出口 IP 经常变化，请在账号设置里填写固定出口的代理，或固定 IP 的中转（API base URL）。',
      en:
        `WeChat errcode 40164: ${enIp}is not in the account's IP whitelist${ridEn}. ` +
        'Have an admin sign in to mp.weixin.qq.com → Settings & Development (设置与开发) → Basic Configuration (基本配置) → ' +
        `IP whitelist (IP白名单), choose Modify, add ${ip ?? 'the outgoing IP'} and save, then test again in a few minutes. ` +
        'If the outgoing IP changes often, set a proxy with a fixed exit, or a fixed-IP relay (API base URL), in the account settings.',
    },
  };
}

function staleSecretPayload(err: WeChatApiError): AppErrorPayload {
  return {
    ...toAppError(err),
    message: {
      zh: `微信错误码 40001：AppSecret 不正确或已被重置。请在 mp.weixin.qq.com「设置与开发 → 基本配置」查看或重置 AppSecret，然后在「账号设置」里填入新的 AppSecret。`,
      en: 'WeChat errcode 40001: the AppSecret is wrong or was reset. Check or reset it at mp.weixin.qq.com → Settings & Development → Basic Configuration, then enter the new AppSecret in Account settings.',
    },
  };
}

/** The error a connection test should show for `err` (thrown by WeChatClient.testConnection). */
export function diagnoseConnectionError(err: unknown): unknown {
  if (err instanceof WeChatApiError && err.errcode === 40164) return new AppError(whitelistPayload(err));
  if (err instanceof WeChatApiError && err.errcode === 40001) return new AppError(staleSecretPayload(err));
  return err;
}
