/**
 * What to tell the user when the account's proxy, not WeChat, failed (codes from
 * electron/core/net/proxy-agent.ts). Nothing was sent to WeChat in any of these cases.
 */
import type { AppErrorPayload } from '@shared/errors';

export function proxyPayload(code: string, details: string[]): AppErrorPayload {
  if (code === 'EPROXY_AUTH') {
    return {
      code: 'PROXY_AUTH',
      errClass: 'auth',
      retryable: false,
      details,
      message: {
        zh: '代理拒绝了用户名或密码（HTTP 407）。请在「账号设置 → 代理」里重新填写 http://用户名:密码@主机:端口，再测试连接。',
        en: 'The proxy refused the user name or password (HTTP 407). Enter http://user:password@host:port again under Account settings → Proxy, then test the connection.',
      },
    };
  }
  if (code === 'EPROXY_REFUSED') {
    return {
      code: 'PROXY_REFUSED',
      errClass: 'retryable',
      retryable: true,
      details,
      message: {
        zh: '代理拒绝建立到微信服务器的连接（CONNECT 未成功）。请确认代理允许访问 api.weixin.qq.com（或你的中转地址）的 443 端口，或在账号设置里更换代理。',
        en: 'The proxy refused to open a connection to the WeChat server (CONNECT failed). Make sure it allows api.weixin.qq.com (or your relay) on port 443, or change the proxy in the account settings.',
      },
    };
  }
  return {
    code: 'PROXY_UNREACHABLE',
    errClass: 'retryable',
    retryable: true,
    details,
    message: {
      zh: '连不上这个账号设置的代理（地址或端口不通，或代理没有运行）。请检查代理是否在运行、地址和端口是否正确，或在账号设置里清空代理后直连。',
      en: "Cannot reach this account's proxy (wrong address or port, or the proxy is not running). Check that it runs and the address and port are right, or clear the proxy in the account settings to connect directly.",
    },
  };
}
