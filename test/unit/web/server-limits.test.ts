/**
 * Issue 8 finding 10: a slow client must not hold the browser-mode server (a body dribbled for minutes,
 * headers that never end, idle keep-alive sockets, unbounded connections), and no client input may
 * produce an HTTP 500 (a malformed `%` escape anywhere in the path).
 */
import http from 'node:http';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_KEY_HEADER } from '../../../electron/web/session-gate';
import { signAssetPath } from '../../../renderer/src/lib/asset-url';
import { login, rawRequest, startHarness, type Harness } from './harness';

const LIMITS = {
  headersTimeoutMs: 400,
  bodyTimeoutMs: 400,
  idleTimeoutMs: 400,
  keepAliveTimeoutMs: 300,
  maxConnections: 6,
  heartbeatMs: 150,
};

let h: Harness;
let cookie = '';
let key = '';

beforeAll(async () => {
  h = await startHarness(LIMITS);
  ({ cookie, key } = await login(h));
});
afterAll(() => h.close());

interface RawSocket {
  socket: net.Socket;
  received: () => string;
  /** Milliseconds from `since` until the server closed the socket (rejects after `within`). */
  closed: (within: number) => Promise<number>;
}

async function connect(): Promise<RawSocket> {
  const socket = net.connect(h.port, '127.0.0.1');
  await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));
  let data = '';
  let closedAt = 0;
  const started = Date.now();
  socket.setEncoding('utf8').on('data', (c: string) => (data += c));
  socket.on('error', () => undefined);
  const done = new Promise<void>((resolve) => socket.on('close', () => ((closedAt = Date.now()), resolve())));
  return {
    socket,
    received: () => data,
    closed: (within) =>
      Promise.race([
        done.then(() => closedAt - started),
        new Promise<number>((_, reject) =>
          setTimeout(() => reject(new Error(`still open after ${within} ms; got ${JSON.stringify(data)}`)), within),
        ),
      ]),
  };
}

const head = (method: string, path: string, extra: string[] = []) =>
  [
    `${method} ${path} HTTP/1.1`,
    `Host: 127.0.0.1:${h.port}`,
    `Cookie: ${cookie}`,
    `${API_KEY_HEADER}: ${key}`,
    ...extra,
  ].join('\r\n') + '\r\n\r\n';

describe('malformed client input is a 400, never a 500', () => {
  const paths = () => [
    ['POST', '/api/call/%E0%A4%A'],
    ['POST', '/api/call/%'],
    ['POST', '/api/call/accounts:%zz'],
    ['GET', '/api/download/%zz'],
    ['GET', '/%zz'],
    ['GET', '/assets/%E0%A4%A.js'],
    ['GET', `/thumb/acc/%zz?${signAssetPath('/thumb/acc/%zz', key, Date.now())}`],
    ['GET', '/thumb/%'],
  ];
  it('answers 400 for a malformed escape in any path', async () => {
    for (const [method, path] of paths()) {
      const res = await rawRequest(h, { method, path, headers: { cookie, [API_KEY_HEADER]: key }, body: '{}' });
      expect([method, path, res.status]).toEqual([method, path, 400]);
    }
    expect(h.ran).toEqual([]);
  });

  it('answers 431 to an over-long request line even while the client is still sending its body', async () => {
    // Node's own handler destroyed the socket with the body unread, so Node 24 clients saw a reset
    // (on a kept-alive socket, as a browser's would be).
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const post = (path: string, body: Buffer) =>
      new Promise<number | string>((resolve) => {
        const headers = { cookie, [API_KEY_HEADER]: key, 'content-type': 'application/json' };
        const req = http.request({ host: '127.0.0.1', port: h.port, method: 'POST', path, headers, agent }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        });
        req.on('error', (err) => resolve(err.message));
        req.end(body);
      });
    const long = `/api/call/${'%F0%9F%98%80'.repeat(3000)}`;
    const statuses = [];
    for (let i = 0; i < 5; i++) {
      statuses.push(await post('/api/call/no:such', Buffer.from('{}')));
      statuses.push(await post(long, Buffer.alloc(50_000, 'x')));
    }
    agent.destroy();
    expect(statuses).toEqual([200, 431, 200, 431, 200, 431, 200, 431, 200, 431]);
  });
});

describe('slow and idle clients', () => {
  it('answers 408 and closes when an API call body is dribbled past the body deadline', async () => {
    const c = await connect();
    c.socket.write(head('POST', '/api/call/accounts:list', ['Content-Type: application/json', 'Content-Length: 100']));
    c.socket.write('{"a":');
    const ms = await c.closed(3000);
    expect(ms).toBeLessThan(2000);
    expect(c.received()).toMatch(/^HTTP\/1\.1 408/);
    expect(h.ran).toEqual([]);
  });

  it('closes a connection whose headers never finish', async () => {
    const c = await connect();
    c.socket.write(`GET / HTTP/1.1\r\nHost: 127.0.0.1:${h.port}\r\nX-Slow: 1`);
    const ms = await c.closed(3000);
    expect(ms).toBeLessThan(2500);
  });

  it('lets a staging upload run longer than the body deadline while bytes keep coming, and drops an idle one', async () => {
    const steady = await connect();
    steady.socket.write(head('POST', '/api/stage?name=a.bin', ['Content-Length: 8']));
    for (let i = 0; i < 8; i++) {
      steady.socket.write('x');
      await new Promise((r) => setTimeout(r, 150));
    }
    await new Promise((r) => setTimeout(r, 200));
    expect(steady.received()).toMatch(/^HTTP\/1\.1 200[\s\S]*"size":8/);
    steady.socket.destroy();

    const idle = await connect();
    idle.socket.write(head('POST', '/api/stage?name=b.bin', ['Content-Length: 1000']));
    idle.socket.write('xyz');
    const ms = await idle.closed(3000);
    expect(ms).toBeLessThan(2000);
  });

  it('keeps the event stream open past the idle timeout, with heartbeats', async () => {
    const c = await connect();
    c.socket.write(head('GET', '/api/events'));
    await new Promise((r) => setTimeout(r, 1200));
    expect(c.socket.destroyed).toBe(false);
    expect(c.received()).toMatch(/^HTTP\/1\.1 200/);
    expect(c.received().split(': heartbeat').length).toBeGreaterThan(3);
    c.socket.destroy();
  });

  it('closes an idle keep-alive connection after the keep-alive timeout', async () => {
    const c = await connect();
    c.socket.write(head('GET', '/'));
    const ms = await c.closed(3000);
    expect(c.received()).toMatch(/^HTTP\/1\.1 200/);
    expect(ms).toBeLessThan(2500);
  });

  it('refuses connections beyond the cap', async () => {
    const open = await Promise.all(Array.from({ length: LIMITS.maxConnections }, () => connect()));
    for (const c of open) c.socket.write(`GET / HTTP/1.1\r\nHost: 127.0.0.1:${h.port}\r\n`);
    const extra = await connect();
    await extra.closed(1000);
    for (const c of open) c.socket.destroy();
  });
});
