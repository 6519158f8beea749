/**
 * Where an outbound download may go. Every fetch in bounded-fetch.ts carries one of these, checked on
 * the URL of every hop (before any lookup) and on every address the hop's name resolves to.
 *   - publicOnly: URLs a user pasted (article images). Public unicast addresses only; loopback is never
 *     allowed by default, only through an explicit `allowHosts` list (tests serving from 127.0.0.1).
 *   - wechatMedia: URLs WeChat handed us (thumbnails, article images, video down_url/video_url): WeChat's
 *     CDN names plus the account's own API base host, which may be loopback (emulator, local relay).
 */
import { classifyAddress } from './address-policy';

/** WeChat's image CDN (thumbnails, uploadimg URLs). Matched on the hostname, any port. */
export const WECHAT_CDN_HOSTS: readonly string[] = ['mmbiz.qpic.cn', 'mmbiz.qlogo.cn', 'mmecoa.qpic.cn'];

export interface HostPolicy {
  /** Why this URL's host may not be contacted at all, or null. Runs before any lookup. */
  refuseHost(url: URL): string | null;
  /** Why `address` (one the URL's host resolved to, or its literal) may not be connected to, or null. */
  refuseAddress(url: URL, address: string): string | null;
}

/** Names that only ever mean this machine or the local network; refused without asking a resolver. */
const LOCAL_NAME = /(^|\.)(localhost|local|internal|home\.arpa|lan)\.?$/i;

export function publicOnly(opts: { allowHosts?: readonly string[] } = {}): HostPolicy {
  const exempt = (url: URL) => (opts.allowHosts ?? []).includes(url.host);
  return {
    refuseHost: (url) => (exempt(url) || !LOCAL_NAME.test(url.hostname) ? null : 'local-name'),
    refuseAddress: (url, address) => {
      if (exempt(url)) return null;
      const verdict = classifyAddress(address);
      return verdict.allowed ? null : verdict.range;
    },
  };
}

/**
 * The account's API base is the user's own configuration, and mmbiz names are WeChat's: neither is
 * attacker-chosen, so their addresses are not judged. That also keeps thumbnails working behind
 * "fake-IP" DNS proxies, which answer 198.18.0.0/15 for every name.
 */
export function wechatMedia(apiBase: string): HostPolicy {
  let apiHost: string | null = null;
  try {
    apiHost = new URL(apiBase).host;
  } catch {
    /* a bad base serves nothing */
  }
  return {
    refuseHost: (url) => (WECHAT_CDN_HOSTS.includes(url.hostname) || url.host === apiHost ? null : 'not-wechat-media'),
    refuseAddress: () => null,
  };
}

/**
 * Video `down_url` / `video_url` values come from WeChat but point at video CDNs whose names vary
 * (and are sometimes bare IP literals), so a fixed name list would break real accounts. WeChat's own
 * hosts and the API base pass as in wechatMedia; any other host passes only when every address it
 * resolves to is public, so a forged URL still cannot reach this machine or the local network.
 */
export function wechatVideo(apiBase: string): HostPolicy {
  const known = wechatMedia(apiBase);
  const open = publicOnly();
  return {
    refuseHost: (url) => (known.refuseHost(url) === null ? null : open.refuseHost(url)),
    refuseAddress: (url, address) => (known.refuseHost(url) === null ? null : open.refuseAddress(url, address)),
  };
}
