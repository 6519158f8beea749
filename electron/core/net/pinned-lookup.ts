/**
 * Resolve once, check every answer, connect only to what was checked. A name is looked up here, each
 * address it resolves to goes through the host policy (one refused address refuses the whole name: a
 * resolver may hand out the addresses in any order), and the socket then gets a `lookup` that answers
 * with exactly those addresses: there is no second lookup a DNS-rebinding answer could slip into.
 */
import type { LookupAddress } from 'node:dns';
import { lookup as dnsLookup } from 'node:dns/promises';
import type { LookupFunction } from 'node:net';
import { literalAddress } from './address-policy';
import type { HostPolicy } from './host-policy';

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Every address a name resolves to. Injected in tests; the system resolver otherwise. */
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

export const systemResolver: Resolver = async (hostname) =>
  (await dnsLookup(hostname, { all: true, verbatim: true })).map((a) => ({
    address: a.address,
    family: a.family === 6 ? 6 : 4,
  }));

/** Why a URL may not be fetched (its host or one of its addresses), or the checked addresses to connect to. */
export type Resolution = { ok: true; addresses: ResolvedAddress[] } | { ok: false; reason: string };

export async function resolveChecked(url: URL, policy: HostPolicy, resolver: Resolver): Promise<Resolution> {
  const hostRefusal = policy.refuseHost(url);
  if (hostRefusal) return { ok: false, reason: hostRefusal };
  const literal = literalAddress(url.hostname);
  // Node connects to IP literals without calling `lookup`, so a literal is checked as the address itself.
  const addresses: ResolvedAddress[] = literal
    ? [{ address: literal, family: literal.includes(':') ? 6 : 4 }]
    : await resolver(url.hostname.replace(/\.$/, '')).catch(() => []);
  if (addresses.length === 0) return { ok: false, reason: 'no-address' };
  for (const { address } of addresses) {
    const refusal = policy.refuseAddress(url, address);
    if (refusal) return { ok: false, reason: refusal };
  }
  return { ok: true, addresses };
}

/**
 * A socket `lookup` that answers only `hostname`, only with the checked `addresses` (Node 20 asks with
 * `all: true` when it races IPv4/IPv6, else for one address of an optional family).
 */
export function pinnedLookup(hostname: string, addresses: readonly ResolvedAddress[]): LookupFunction {
  const name = hostname
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '')
    .toLowerCase();
  return (asked, options, callback) => {
    const askedName = asked.replace(/\.$/, '').toLowerCase();
    const wanted = options.family === 4 || options.family === 6 ? options.family : 0;
    const fitting = addresses.filter((a) => wanted === 0 || a.family === wanted);
    if (askedName !== name || fitting.length === 0) {
      const err: NodeJS.ErrnoException = new Error('pinned lookup: no checked address');
      err.code = 'ENOTFOUND';
      callback(err, '', 4);
      return;
    }
    if (options.all)
      callback(
        null,
        fitting.map((a): LookupAddress => ({ address: a.address, family: a.family })),
      );
    else callback(null, fitting[0].address, fitting[0].family);
  };
}
