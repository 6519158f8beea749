/** The bounded fetch against loopback servers: redirects re-checked, byte cap while reading, total deadline. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BoundedFetchError,
  fetchBounded,
  openBounded,
  type BoundedFetchOptions,
} from '../../../../electron/core/net/bounded-fetch';
import { publicOnly } from '../../../../electron/core/net/host-policy';
import { endless, loopbackServer, trickle, type LoopbackServer } from './loopback';

const CAP = 1024 * 1024;
const CHUNK = 16 * 1024;
/** Node reads a socket at most 64 KiB at a time: the most one body chunk can carry past the cap. */
const ONE_SOCKET_READ = 64 * 1024;

let first: LoopbackServer;
let second: LoopbackServer;

beforeAll(async () => {
  second = await loopbackServer((_req, res) => res.writeHead(200).end('internal secret'));
  first = await loopbackServer((req, res) => {
    const u = req.url ?? '';
    if (u === '/ok') res.writeHead(200).end('ok');
    else if (u === '/to-second') res.writeHead(302, { location: `${second.base}/` }).end();
    else if (u === '/to-self') res.writeHead(301, { location: '/ok' }).end();
    else if (u.startsWith('/chain/')) {
      const n = Number(u.slice(7));
      res.writeHead(307, { location: n > 0 ? `/chain/${n - 1}` : '/ok' }).end();
    } else if (u === '/to-file') res.writeHead(302, { location: 'file:///etc/passwd' }).end();
    else if (u === '/to-userinfo') res.writeHead(302, { location: `http://u:p@${first.host}/ok` }).end();
    else if (u === '/endless') endless(res, Buffer.alloc(CHUNK, 1));
    else if (u === '/declared-huge') {
      res.writeHead(200, { 'content-length': String(CAP * 10) });
      res.write(Buffer.alloc(CHUNK));
    } else if (u === '/trickle') trickle(res, 20);
    else if (u === '/silent') {
      /* never answers */
    } else res.writeHead(404).end('SECRET-BODY');
  });
});
afterAll(async () => {
  await first.close();
  await second.close();
});

const opts = (extra: Partial<BoundedFetchOptions> = {}): BoundedFetchOptions => ({
  // Only the first server is allowed, explicitly: loopback is never allowed by default.
  policy: publicOnly({ allowHosts: [first.host] }),
  maxBytes: CAP,
  deadlineMs: 5_000,
  maxRedirects: 3,
  ...extra,
});

async function failure(p: Promise<unknown>): Promise<BoundedFetchError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(err instanceof BoundedFetchError)) throw new Error(`expected a BoundedFetchError, got ${String(err)}`);
  return err;
}

describe('redirects', () => {
  it('re-checks every hop: the allowed first host cannot bounce us to another loopback server', async () => {
    expect((await failure(fetchBounded(`${first.base}/to-second`, opts()))).reason).toBe('refused');
    expect(second.connections).toBe(0);
  });

  it('follows at most maxRedirects checked hops', async () => {
    expect((await fetchBounded(`${first.base}/to-self`, opts())).bytes.toString()).toBe('ok');
    expect((await fetchBounded(`${first.base}/chain/2`, opts())).bytes.toString()).toBe('ok');
    expect((await failure(fetchBounded(`${first.base}/chain/3`, opts()))).reason).toBe('too-many-redirects');
    expect((await failure(fetchBounded(`${first.base}/to-self`, opts({ maxRedirects: 0 })))).reason).toBe(
      'too-many-redirects',
    );
  });

  it('refuses other schemes and user-info, on the first hop and on redirects', async () => {
    const hits = first.hits.length;
    for (const raw of [`http://u:p@${first.host}/ok`, `http://u@${first.host}/ok`, 'file:///etc/passwd', 'ftp://x/']) {
      expect((await failure(fetchBounded(raw, opts()))).reason, raw).toBe('bad-url');
    }
    expect(first.hits.length).toBe(hits);
    expect((await failure(fetchBounded(`${first.base}/to-file`, opts()))).reason).toBe('bad-url');
    expect((await failure(fetchBounded(`${first.base}/to-userinfo`, opts()))).reason).toBe('bad-url');
  });

  it('a failure carries no URL, status line or body', async () => {
    const err = await failure(fetchBounded(`${first.base}/missing`, opts()));
    expect(err.reason).toBe('status');
    expect(err.message).not.toMatch(/127\.0\.0\.1|missing|SECRET/);
  });
});

describe('byte cap', () => {
  it('an endless chunked body is aborted at the cap: bytes read ≤ cap + one socket read', async () => {
    const err = await failure(fetchBounded(`${first.base}/endless`, opts()));
    expect(err.reason).toBe('too-large');
    expect(err.bytesRead).toBeGreaterThan(CAP);
    expect(err.bytesRead).toBeLessThanOrEqual(CAP + ONE_SOCKET_READ);
  });

  it('the same cap holds when the body is streamed chunk by chunk', async () => {
    const res = await openBounded(`${first.base}/endless`, opts());
    let kept = 0;
    const err = await failure(
      (async () => {
        for await (const chunk of res.body) kept += chunk.length;
      })(),
    );
    expect(err.reason).toBe('too-large');
    expect(kept).toBeLessThanOrEqual(CAP);
  });

  it('a Content-Length over the cap is refused before reading', async () => {
    const err = await failure(fetchBounded(`${first.base}/declared-huge`, opts()));
    expect([err.reason, err.detail, err.bytesRead]).toEqual(['too-large', 'content-length', 0]);
  });
});

describe('deadline', () => {
  it('a trickling body (never idle long enough for a socket timeout) is aborted at the total deadline', async () => {
    const started = Date.now();
    const err = await failure(fetchBounded(`${first.base}/trickle`, opts({ deadlineMs: 400 })));
    expect(err.reason).toBe('deadline');
    expect(err.bytesRead).toBeGreaterThan(0);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('a server that never answers is dropped at the deadline too', async () => {
    const started = Date.now();
    expect((await failure(fetchBounded(`${first.base}/silent`, opts({ deadlineMs: 300 })))).reason).toBe('deadline');
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('the deadline covers a resolver that never answers', async () => {
    const hanging = () => new Promise<never>(() => undefined);
    const url = 'http://slow-dns.example.invalid/';
    const err = await failure(fetchBounded(url, { ...opts({ deadlineMs: 200 }), resolver: hanging }));
    expect(err.reason).toBe('deadline');
  });
});
