/**
 * Resolve once, check every answer, connect only to what was checked. Names here end in .invalid and
 * resolve only through the injected resolver: a name the test did not inject can never be looked up.
 */
import type { LookupAddress } from 'node:dns';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BoundedFetchError, fetchBounded } from '../../../../electron/core/net/bounded-fetch';
import { publicOnly } from '../../../../electron/core/net/host-policy';
import {
  pinnedLookup,
  resolveChecked,
  type ResolvedAddress,
  type Resolver,
} from '../../../../electron/core/net/pinned-lookup';
import { loopbackServer, type LoopbackServer } from './loopback';

let server: LoopbackServer;
beforeAll(async () => {
  server = await loopbackServer((_req, res) => res.writeHead(200).end('hello'));
});
afterAll(() => server.close());

/** A resolver that answers `list` for any name and remembers which names it was asked. */
function answers(...list: string[]): Resolver & { calls: string[] } {
  const calls: string[] = [];
  const resolve = (hostname: string) => {
    calls.push(hostname);
    return Promise.resolve(
      list.map((address): ResolvedAddress => ({ address, family: address.includes(':') ? 6 : 4 })),
    );
  };
  return Object.assign(resolve, { calls });
}

const failure = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => (e instanceof BoundedFetchError ? `${e.reason}:${e.detail}` : String(e)),
  );

describe('pinned lookup', () => {
  it('a public-looking name that resolves to a private address is refused without connecting', async () => {
    const resolver = answers('127.0.0.1');
    const url = `http://images.example.invalid:${server.port}/a.png`;
    const opts = { policy: publicOnly(), maxBytes: 1024, deadlineMs: 2000, resolver };
    expect(await failure(fetchBounded(url, opts))).toBe('refused:ipv4-loopback');
    expect(server.connections).toBe(0);
  });

  it('one refused address refuses the whole name, whatever the order', async () => {
    const policy = publicOnly();
    const url = new URL('http://cdn.example.invalid/x');
    for (const resolver of [
      answers('8.8.8.8', '10.0.0.1'),
      answers('10.0.0.1', '8.8.8.8'),
      answers('2606:4700::1', '::1'),
    ]) {
      expect((await resolveChecked(url, policy, resolver)).ok).toBe(false);
    }
    expect(await resolveChecked(url, policy, answers('8.8.8.8', '2606:4700::1'))).toEqual({
      ok: true,
      addresses: [
        { address: '8.8.8.8', family: 4 },
        { address: '2606:4700::1', family: 6 },
      ],
    });
    expect((await resolveChecked(url, policy, answers())).ok).toBe(false);
    const failing: Resolver = () => Promise.reject(new Error('ENOTFOUND'));
    expect(await resolveChecked(url, policy, failing)).toEqual({ ok: false, reason: 'no-address' });
  });

  it('literals are checked as themselves, without asking the resolver', async () => {
    const resolver = answers('8.8.8.8');
    expect((await resolveChecked(new URL('http://[::ffff:7f00:1]/'), publicOnly(), resolver)).ok).toBe(false);
    expect((await resolveChecked(new URL('http://0x7f.1/'), publicOnly(), resolver)).ok).toBe(false);
    expect(resolver.calls).toHaveLength(0);
  });

  it('connects to the checked address with no second lookup', async () => {
    const resolver = answers('127.0.0.1');
    const host = `pinned.invalid:${server.port}`;
    const res = await fetchBounded(`http://${host}/`, {
      policy: publicOnly({ allowHosts: [host] }),
      maxBytes: 1024,
      deadlineMs: 2000,
      resolver,
    });
    expect(res.bytes.toString()).toBe('hello');
    expect(resolver.calls).toEqual(['pinned.invalid']);
  });

  it('answers only the checked name, only with the checked addresses', () => {
    const lookup = pinnedLookup('Pinned.invalid.', [
      { address: '127.0.0.1', family: 4 },
      { address: '::1', family: 6 },
    ]);
    const ask = (name: string, options: { family?: number; all?: boolean }) =>
      new Promise<{ err: NodeJS.ErrnoException | null; address: string | LookupAddress[]; family?: number }>(
        (resolve) => lookup(name, options, (err, address, family) => resolve({ err, address, family })),
      );
    return Promise.all([
      ask('pinned.invalid', { all: true }).then((r) =>
        expect(r.address).toEqual([
          { address: '127.0.0.1', family: 4 },
          { address: '::1', family: 6 },
        ]),
      ),
      ask('pinned.invalid', { family: 6 }).then((r) => expect([r.address, r.family]).toEqual(['::1', 6])),
      ask('pinned.invalid', {}).then((r) => expect([r.address, r.family]).toEqual(['127.0.0.1', 4])),
      ask('other.invalid', { all: true }).then((r) => expect(r.err?.code).toBe('ENOTFOUND')),
    ]);
  });
});
