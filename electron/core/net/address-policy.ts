/**
 * Which IP addresses a user-supplied URL may make us connect to: public unicast only. The verdict is
 * taken on the ADDRESS (after resolving, see pinned-lookup.ts), never on how the host was spelled, and
 * addresses that carry an IPv4 address inside an IPv6 one (mapped, compatible, NAT64, 6to4, Teredo) are
 * judged by the IPv4 address they lead to. Parsing is ipaddr.js's, which also reads the odd IPv4 forms
 * (2130706433, 0x7f.1, 0177.0.0.1) that URL parsers and resolvers accept.
 */
import ipaddr from 'ipaddr.js';

export type AddressVerdict = { allowed: true } | { allowed: false; range: string };

const allow: AddressVerdict = { allowed: true };
const refuse = (range: string): AddressVerdict => ({ allowed: false, range });

/** ipaddr.js names every special IPv4 range (loopback, private, CGNAT, 198.18/15, documentation, …); only plain unicast is public. */
function classifyV4(addr: ipaddr.IPv4): AddressVerdict {
  const range = addr.range();
  return range === 'unicast' ? allow : refuse(`ipv4-${range}`);
}

function v4From(hi: number, lo: number): ipaddr.IPv4 {
  return new ipaddr.IPv4([hi >> 8, hi & 0xff, lo >> 8, lo & 0xff]);
}

/** Global unicast is 2000::/3; everything else (fe00::/9, 4000::/3, …) is unassigned or special. */
const GLOBAL_UNICAST = ipaddr.parseCIDR('2000::/3');
/** RFC 8215 local-use NAT64: translates to whatever the local network decides, so never public. */
const LOCAL_NAT64 = ipaddr.parseCIDR('64:ff9b:1::/48');

function classifyV6(addr: ipaddr.IPv6): AddressVerdict {
  const p = addr.parts;
  if (addr.match(LOCAL_NAT64)) return refuse('ipv6-local-nat64');
  const range = addr.range();
  switch (range) {
    case 'ipv4Mapped': // ::ffff:a.b.c.d
    case 'rfc6145': // ::ffff:0:a.b.c.d
    case 'rfc6052': // 64:ff9b::a.b.c.d (DNS64 answers these on IPv6-only networks; public ones must work)
      return embedded(range, v4From(p[6], p[7]));
    case '6to4': // 2002:AABB:CCDD::
      return embedded(range, v4From(p[1], p[2]));
    case 'teredo': {
      // 2001:0:SERVER:…:~CLIENT — both IPv4 addresses must be public.
      const server = embedded(range, v4From(p[2], p[3]));
      return server.allowed ? embedded(range, v4From(~p[6] & 0xffff, ~p[7] & 0xffff)) : server;
    }
    case 'unicast':
      // ::a.b.c.d (deprecated IPv4-compatible) falls in ::/96 and still reaches a.b.c.d on some stacks.
      if (p.slice(0, 6).every((x) => x === 0)) return embedded('ipv4-compatible', v4From(p[6], p[7]));
      return addr.match(GLOBAL_UNICAST) ? allow : refuse('ipv6-unassigned');
    default:
      return refuse(`ipv6-${range}`);
  }
}

function embedded(kind: string, v4: ipaddr.IPv4): AddressVerdict {
  const verdict = classifyV4(v4);
  return verdict.allowed ? verdict : refuse(`${kind}:${verdict.range}`);
}

/** The verdict on one address, in any textual form ([brackets] and %zone allowed); non-addresses are refused. */
export function classifyAddress(text: string): AddressVerdict {
  const bare = text.replace(/^\[|\]$/g, '');
  if (!ipaddr.isValid(bare)) return refuse('not-an-address');
  const addr = ipaddr.parse(bare);
  return addr.kind() === 'ipv4' ? classifyV4(addr as ipaddr.IPv4) : classifyV6(addr as ipaddr.IPv6);
}

/**
 * The address a URL hostname denotes when it is an IP literal, else null (a name to resolve). WHATWG URL
 * parsing already rewrites 0x7f.1 to 127.0.0.1 and drops a trailing dot; ipaddr.js is the second opinion.
 */
export function literalAddress(hostname: string): string | null {
  const bare = hostname.replace(/^\[|\]$/g, '');
  return ipaddr.isValid(bare) ? ipaddr.parse(bare).toString() : null;
}
