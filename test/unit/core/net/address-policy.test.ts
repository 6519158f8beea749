/** The address classifier and host policies, as pure functions: nothing here opens a socket. */
import { describe, expect, it } from 'vitest';
import { classifyAddress, literalAddress } from '../../../../electron/core/net/address-policy';
import { publicOnly, wechatMedia, wechatVideo } from '../../../../electron/core/net/host-policy';

const REFUSED: [string, string][] = [
  // IPv4, every special range
  ['127.0.0.1', 'loopback'],
  ['127.255.255.254', 'loopback'],
  ['2130706433', 'loopback (decimal)'],
  ['0x7f.1', 'loopback (hex, two parts)'],
  ['0x7f000001', 'loopback (hex)'],
  ['0177.0.0.1', 'loopback (octal)'],
  ['127.1', 'loopback (short)'],
  ['10.0.0.1', 'private'],
  ['172.16.0.1', 'private'],
  ['172.31.255.255', 'private'],
  ['192.168.1.1', 'private'],
  ['169.254.169.254', 'link-local (cloud metadata)'],
  ['100.64.0.1', 'CGNAT'],
  ['100.127.255.255', 'CGNAT'],
  ['198.18.0.1', 'benchmarking'],
  ['198.19.255.255', 'benchmarking'],
  ['224.0.0.1', 'multicast'],
  ['239.255.255.250', 'multicast'],
  ['255.255.255.255', 'broadcast'],
  ['240.0.0.1', 'reserved'],
  ['0.0.0.0', 'unspecified'],
  ['0.1.2.3', 'this network'],
  ['0', 'unspecified (decimal)'],
  ['192.0.2.1', 'documentation'],
  ['198.51.100.1', 'documentation'],
  ['203.0.113.1', 'documentation'],
  ['192.0.0.1', 'IETF protocol assignments'],
  // IPv6
  ['::1', 'loopback'],
  ['[::1]', 'loopback, bracketed'],
  ['::', 'unspecified'],
  ['fe80::1', 'link-local'],
  ['fe80::1%eth0', 'link-local with zone'],
  ['fec0::1', 'site-local'],
  ['fc00::1', 'unique-local'],
  ['fd12:3456::1', 'unique-local'],
  ['ff02::1', 'multicast'],
  ['2001:db8::1', 'documentation'],
  ['100::1', 'discard'],
  ['4000::1', 'unassigned'],
  ['fe00::1', 'unassigned'],
  // IPv4 inside IPv6
  ['::ffff:127.0.0.1', 'v4-mapped loopback'],
  ['::ffff:7f00:1', 'v4-mapped loopback, hex'],
  ['[::ffff:7f00:1]', 'v4-mapped loopback, bracketed'],
  ['::ffff:10.0.0.1', 'v4-mapped private'],
  ['::ffff:169.254.169.254', 'v4-mapped link-local'],
  ['::ffff:0:127.0.0.1', 'SIIT (RFC 6145) loopback'],
  ['::127.0.0.1', 'v4-compatible loopback'],
  ['::7f00:1', 'v4-compatible loopback, hex'],
  ['::a00:1', 'v4-compatible private'],
  ['64:ff9b::127.0.0.1', 'NAT64 loopback'],
  ['64:ff9b::7f00:1', 'NAT64 loopback, hex'],
  ['64:ff9b::a9fe:a9fe', 'NAT64 link-local'],
  ['64:ff9b::c0a8:101', 'NAT64 private'],
  ['64:ff9b:1::808:808', 'local-use NAT64 (never public)'],
  ['64:ff9b:1:ffff::1', 'local-use NAT64'],
  ['2002:7f00:1::1', '6to4 of loopback'],
  ['2002:c0a8:101::1', '6to4 of private'],
  ['2001:0:7f00:1::1', 'Teredo, loopback server'],
  ['2001:0:4136:e378:8000:63bf:80ff:fffe', 'Teredo, client ~80ff:fffe = 127.0.0.1'],
  // not addresses at all
  ['example.com', 'a name'],
  ['', 'empty'],
];

const ALLOWED = [
  '8.8.8.8',
  '1.1.1.1',
  '172.32.0.1',
  '100.128.0.1',
  '198.20.0.1',
  '134744072', // 8.8.8.8 in decimal
  '2606:4700:4700::1111',
  '[2400:cb00::1]',
  '::ffff:8.8.8.8',
  '64:ff9b::808:808', // DNS64 answer for 8.8.8.8 on an IPv6-only network
  '2002:808:808::1',
  '2001:0:4136:e378:8000:63bf:f7f7:f7f7', // Teredo: server 65.54.227.120, client 8.8.8.8
];

describe('address classifier', () => {
  it.each(REFUSED)('refuses %s (%s)', (address) => {
    expect(classifyAddress(address).allowed).toBe(false);
  });

  it.each(ALLOWED)('allows public %s', (address) => {
    expect(classifyAddress(address)).toEqual({ allowed: true });
  });

  it('names the range it refused', () => {
    expect(classifyAddress('::ffff:127.0.0.1')).toEqual({ allowed: false, range: 'ipv4Mapped:ipv4-loopback' });
    expect(classifyAddress('100.64.0.1')).toEqual({ allowed: false, range: 'ipv4-carrierGradeNat' });
  });
});

describe('URL hosts', () => {
  // What a URL's hostname becomes after WHATWG parsing, then the literal's address.
  it.each([
    ['http://2130706433/', '127.0.0.1'],
    ['http://0x7f.1/', '127.0.0.1'],
    ['http://0177.0.0.1/', '127.0.0.1'],
    ['http://127.0.0.1./', '127.0.0.1'],
    ['http://[::ffff:127.0.0.1]/', '::ffff:7f00:1'],
    ['http://[0:0:0:0:0:ffff:7f00:1]/', '::ffff:7f00:1'],
    ['http://[64:ff9b::127.0.0.1]/', '64:ff9b::7f00:1'],
  ])('%s is the literal %s, and refused', (raw, literal) => {
    const url = new URL(raw);
    expect(literalAddress(url.hostname)).toBe(literal);
    expect(publicOnly().refuseAddress(url, literal)).not.toBeNull();
  });

  it('names are not literals', () => {
    expect(literalAddress('example.com')).toBeNull();
    expect(literalAddress('example.com.')).toBeNull();
  });

  it('public-only refuses local names before resolving, trailing dot or not', () => {
    const policy = publicOnly();
    for (const h of [
      'localhost',
      'localhost.',
      'a.localhost',
      'printer.local',
      'printer.local.',
      'nas.lan',
      'x.internal',
    ]) {
      expect(policy.refuseHost(new URL(`http://${h}/`)), h).toBe('local-name');
    }
    expect(policy.refuseHost(new URL('http://example.com./'))).toBeNull();
  });

  it('public-only exempts exactly the allow-listed host:port, nothing else', () => {
    const policy = publicOnly({ allowHosts: ['127.0.0.1:8080'] });
    expect(policy.refuseAddress(new URL('http://127.0.0.1:8080/'), '127.0.0.1')).toBeNull();
    expect(policy.refuseAddress(new URL('http://127.0.0.1:8081/'), '127.0.0.1')).not.toBeNull();
    expect(policy.refuseAddress(new URL('http://localhost:8080/'), '127.0.0.1')).not.toBeNull();
    // No allow-list: loopback is never allowed.
    expect(publicOnly().refuseAddress(new URL('http://127.0.0.1:8080/'), '127.0.0.1')).not.toBeNull();
  });

  it('WeChat media: the CDN names on any port, and the API base host exactly', () => {
    const policy = wechatMedia('http://127.0.0.1:4100');
    expect(policy.refuseHost(new URL('https://mmbiz.qpic.cn/mmbiz_png/x/0'))).toBeNull();
    expect(policy.refuseHost(new URL('http://mmbiz.qlogo.cn:8080/x'))).toBeNull();
    expect(policy.refuseHost(new URL('http://127.0.0.1:4100/mpvideo/x.mp4'))).toBeNull();
    expect(policy.refuseHost(new URL('http://127.0.0.1:4101/x'))).not.toBeNull();
    expect(policy.refuseHost(new URL('http://mmbiz.qpic.cn.evil.example/x'))).not.toBeNull();
    expect(policy.refuseHost(new URL('http://localhost:4100/x'))).not.toBeNull();
    expect(wechatMedia('not a url').refuseHost(new URL('http://127.0.0.1:4100/'))).not.toBeNull();
  });
  it('WeChat video: known hosts as media, any other host only at public addresses', () => {
    const policy = wechatVideo('http://127.0.0.1:4100');
    const cdn = new URL('http://203.205.158.79/vweixinp.tc.qq.com/1007_x.f10.mp4?vkey=1');
    expect(policy.refuseHost(cdn)).toBeNull();
    expect(policy.refuseAddress(cdn, '203.205.158.79')).toBeNull();
    expect(policy.refuseAddress(new URL('http://127.0.0.1:4100/v.mp4'), '127.0.0.1')).toBeNull();
    expect(policy.refuseAddress(new URL('http://127.0.0.1:4101/v.mp4'), '127.0.0.1')).not.toBeNull();
    expect(policy.refuseAddress(new URL('http://video.example/v.mp4'), '10.0.0.5')).not.toBeNull();
    expect(policy.refuseAddress(new URL('http://video.example/v.mp4'), '::ffff:192.168.1.1')).not.toBeNull();
    expect(policy.refuseHost(new URL('http://printer.local/v.mp4'))).not.toBeNull();
  });
});
