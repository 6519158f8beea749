/**
 * The agents of an account's HTTP(S) proxy (whitelisted egress): every WeChat call of that account opens a
 * CONNECT tunnel through the proxy (hpagent; both agents tunnel, so an http:// relay or the emulator is
 * reached the same way as https://api.weixin.qq.com).
 *
 * Address policy: the proxy host is the user's explicit choice, like the API base, so a proxy on loopback
 * or the LAN is allowed, for the proxy only. The target is still the account's API base (http.ts), and
 * downloads from URLs we did not build never use this proxy: they keep bounded-fetch.ts's resolve-check-pin
 * rule (docs/security.md, "Bounded fetch"), which a proxy that resolves names itself would bypass.
 *
 * Failures of the tunnel itself get codes of their own, so the error can say "the proxy" rather than
 * "WeChat": EPROXY_UNREACHABLE (no connection to the proxy), EPROXY_AUTH (407, wrong user or password),
 * EPROXY_REFUSED (any other answer to CONNECT). The proxy URL, which holds the password, is never in them.
 */
import type { Agent as HttpAgent } from 'node:http';
import type { Agent as HttpsAgent } from 'node:https';
import { HttpProxyAgent, HttpsProxyAgent } from 'hpagent';

export type ProxyFailureCode = 'EPROXY_UNREACHABLE' | 'EPROXY_AUTH' | 'EPROXY_REFUSED';
export const PROXY_FAILURE_CODES: ReadonlySet<string> = new Set<ProxyFailureCode>([
  'EPROXY_UNREACHABLE',
  'EPROXY_AUTH',
  'EPROXY_REFUSED',
]);

/** hpagent reports a non-200 answer to CONNECT as `Bad response: <status>`. */
export function proxyFailure(err: Error): Error & { code: ProxyFailureCode } {
  const status = /^Bad response: (\d{3})$/.exec(err.message)?.[1];
  const code: ProxyFailureCode = status === '407' ? 'EPROXY_AUTH' : status ? 'EPROXY_REFUSED' : 'EPROXY_UNREACHABLE';
  const detail = status ? `HTTP ${status}` : ((err as NodeJS.ErrnoException).code ?? 'no connection');
  return Object.assign(new Error(`proxy ${code}: ${detail}`), { code });
}

type Connect = (options: unknown, callback: (err: Error | null, socket?: unknown) => void) => void;

/** Re-labels the errors of the CONNECT step; errors after the tunnel is up belong to the target. */
function labelTunnelErrors<A extends HttpAgent | HttpsAgent>(agent: A, connectTimeoutMs: number): A {
  const target = agent as unknown as { createConnection: Connect };
  const connect = target.createConnection.bind(agent);
  // hpagent bounds the CONNECT request by the request's `timeout` (none from got): a proxy that never
  // answers must fail as "unreachable", not hang until got's response timeout.
  target.createConnection = (options, callback) =>
    connect(
      { ...(options as object), timeout: (options as { timeout?: number }).timeout || connectTimeoutMs },
      (err, socket) => (err ? callback(proxyFailure(err)) : callback(null, socket)),
    );
  return agent;
}

export interface ProxyAgents {
  http: HttpAgent;
  https: HttpsAgent;
}

/** got's `agent` option for one account's proxy (`http(s)://[user:password@]host:port`). */
export function createProxyAgents(proxyUrl: string, connectTimeoutMs = 10_000): ProxyAgents {
  const options = { proxy: proxyUrl, keepAlive: true };
  return {
    http: labelTunnelErrors(new HttpProxyAgent(options), connectTimeoutMs),
    https: labelTunnelErrors(new HttpsProxyAgent(options), connectTimeoutMs),
  };
}
