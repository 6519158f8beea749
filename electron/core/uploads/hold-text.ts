/** Which failures hold the whole queue, and the guidance shown while it is held. */
import type { AppErrorPayload } from '@shared/errors';
import type { QueueHold } from '@shared/features/uploads.channels';

/** 45009/45011 pause (quota); 40164 & co. stop (IP whitelist); auth failures after the token retry stop too. */
export function holdFor(error: AppErrorPayload): QueueHold | null {
  if (error.errClass === 'quota') {
    return {
      kind: 'quota',
      error,
      message: {
        zh: `已暂停：今日接口调用次数已用完（错误码 ${error.errcode ?? ''}）。配额在次日 0 点重置，或在公众平台「接口权限」里清零后点击“继续”。`,
        en: `Paused: today's API quota is used up (errcode ${error.errcode ?? ''}). It resets at midnight (Beijing time), or reset it in the MP console, then press Resume.`,
      },
    };
  }
  if (error.errClass === 'ip-whitelist') {
    return {
      kind: 'ip-whitelist',
      error,
      message: {
        zh: '已停止：本机 IP 不在公众号的 IP 白名单中（错误码 40164）。请在 mp.weixin.qq.com → 设置与开发 → 基本配置 → IP 白名单 添加本机公网 IP，或为账号设置固定 IP 的中转地址，然后点击“继续”。',
        en: "Stopped: this machine's IP is not on the account's IP whitelist (errcode 40164). Add your public IP in mp.weixin.qq.com → Settings & Development → Basic configuration → IP whitelist, or give the account a fixed-IP relay, then press Resume.",
      },
    };
  }
  if (error.errClass === 'auth') {
    return { kind: 'auth', error, message: error.message };
  }
  return null;
}
