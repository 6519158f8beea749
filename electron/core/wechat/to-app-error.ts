/**
 * The single mapping from anything thrown in the core to the IPC error payload. Only fields we built
 * ourselves cross: an unknown error becomes INTERNAL with a generic text, never its own message (which may
 * hold a URL with a token).
 */
import { AppError, type AppErrorPayload, type LocalizedText } from '@shared/errors';
import { FileRejectedError } from '../files/file-rejected-error';
import { describeErrcode, errcodeInfo } from './errcodes';
import { RetiredApiError, WeChatApiError, WeChatTransportError } from './errors';
import { PROXY_FAILURE_CODES } from '../net/proxy-agent';
import { proxyPayload } from './proxy-error-text';

const INTERNAL_TEXT: LocalizedText = {
  zh: '发生了意外的内部错误。请重试；若持续出现，请反馈给开发者。',
  en: 'An unexpected internal error occurred. Try again; if it persists, please report it.',
};

function httpText(status: number): LocalizedText {
  if (status >= 500 || status === 429) {
    return {
      zh: `微信服务器（或中转）返回 HTTP ${status}，暂时不可用。请稍后重试。`,
      en: `The WeChat server (or relay) answered HTTP ${status} and is temporarily unavailable. Try again later.`,
    };
  }
  return {
    zh: `微信服务器（或中转）返回 HTTP ${status}。若在账号设置里配置了中转（API base URL），请检查地址与配置。`,
    en: `The WeChat server (or relay) answered HTTP ${status}. If the account uses a relay (API base URL), check its address and setup.`,
  };
}

function transportPayload(err: WeChatTransportError): AppErrorPayload {
  const details = [err.endpoint, err.code];
  if (err.code === 'ERR_ABORTED') {
    return {
      code: 'CANCELLED',
      errClass: 'cancelled',
      retryable: false,
      details,
      message: { zh: '已取消。', en: 'Cancelled.' },
    };
  }
  if (!err.idempotent && err.phase !== 'before-send') {
    return {
      code: 'AMBIGUOUS',
      errClass: 'ambiguous-transport',
      retryable: false,
      details,
      message: {
        zh: `请求已发出，但没有收到完整答复（${err.code}），微信可能已经处理了它。为避免产生重复素材，请先刷新列表确认结果，再决定是否重试。`,
        en: `The request was sent but no complete answer came back (${err.code}); WeChat may have applied it. To avoid duplicates, refresh the list to check before retrying.`,
      },
    };
  }
  if (PROXY_FAILURE_CODES.has(err.code)) return proxyPayload(err.code, details);
  if (err.code === 'ETIMEDOUT') {
    return {
      code: 'TIMEOUT',
      errClass: 'retryable',
      retryable: true,
      details,
      message: {
        zh: `连接微信超时（${err.timeoutPhase ?? 'timeout'}）。请检查网络后重试；若使用了中转，请确认中转可用。`,
        en: `Timed out talking to WeChat (${err.timeoutPhase ?? 'timeout'}). Check the network and retry; if you use a relay, check that it is up.`,
      },
    };
  }
  if (err.code === 'BAD_RESPONSE') {
    return {
      code: 'BAD_RESPONSE',
      errClass: 'retryable',
      retryable: true,
      details,
      message: {
        zh: '微信（或中转）返回了无法识别的内容（可能是网关错误页）。请稍后重试；若使用了中转，请检查其配置。',
        en: 'WeChat (or the relay) returned content SucaiDesk cannot read (perhaps a gateway error page). Retry later; if you use a relay, check its setup.',
      },
    };
  }
  if (err.statusCode !== undefined) {
    const transient = err.statusCode >= 500 || err.statusCode === 429;
    return {
      code: 'NETWORK',
      errClass: transient ? 'retryable' : 'internal',
      retryable: transient,
      details,
      message: httpText(err.statusCode),
    };
  }
  const truncated = err.code === 'ERR_HTTP_CONTENT_LENGTH_MISMATCH';
  return {
    code: 'NETWORK',
    errClass: 'retryable',
    retryable: true,
    details,
    message: truncated
      ? {
          zh: '下载不完整（连接中途断开），未保存任何文件。请重试。',
          en: 'The download was cut short (connection dropped); nothing was saved. Try again.',
        }
      : {
          zh: `网络错误（${err.code}），无法连接微信服务器。请检查网络、代理或中转地址后重试。`,
          en: `Network error (${err.code}): could not reach the WeChat server. Check the network, proxy or relay address, then retry.`,
        },
  };
}

/** Converts any thrown value into a secret-free AppErrorPayload for IPC/HTTP. */
export function toAppError(err: unknown): AppErrorPayload {
  if (err instanceof AppError) return { ...err.payload };
  if (err instanceof WeChatApiError) {
    const info = errcodeInfo(err.errcode);
    return {
      code: `WX_${err.errcode}`,
      errClass: info.errClass,
      retryable: info.retryable,
      message: describeErrcode(err.errcode, err.rid),
      errcode: err.errcode,
      ...(err.rid !== undefined ? { rid: err.rid } : {}),
      details: [err.endpoint],
    };
  }
  if (err instanceof RetiredApiError) {
    return {
      code: 'WX_45106',
      errClass: 'retired',
      retryable: false,
      errcode: err.errcode,
      message: { ...err.text },
      details: [err.api],
    };
  }
  if (err instanceof FileRejectedError) {
    return { code: `FILE_${err.code}`, errClass: 'bad-input', retryable: false, message: { ...err.text } };
  }
  if (err instanceof WeChatTransportError) return transportPayload(err);
  return { code: 'INTERNAL', errClass: 'internal', retryable: false, message: { ...INTERNAL_TEXT } };
}
