/**
 * A minimal HTTP CONNECT proxy for tests (Node built-ins only), on 127.0.0.1. It tunnels only to
 * 127.0.0.0/8 and `localhost`, so no test traffic ever leaves the machine, checks Basic proxy
 * credentials when given, and records each CONNECT target it opened, so a test can prove that the
 * app's WeChat calls went through it.
 */
import http from 'node:http';
import net, { type Socket } from 'node:net';

export interface ConnectProxy {
  /** `http://127.0.0.1:<port>` (no credentials). */
  url: string;
  port: number;
  /** `host:port` of every tunnel opened, in order. */
  connects: string[];
  /** How many CONNECTs were refused for wrong or missing credentials. */
  refusedAuth: number;
  close(): Promise<void>;
}

function loopbackTarget(target: string): { host: string; port: number } | null {
  const m = /^\[?([^\]]+?)\]?:(\d{1,5})$/.exec(target);
  if (!m) return null;
  const host = m[1];
  const loopback = host === 'localhost' || host === '::1' || (net.isIPv4(host) && host.startsWith('127.'));
  return loopback ? { host, port: Number(m[2]) } : null;
}

export async function startConnectProxy(auth?: { user: string; password: string }): Promise<ConnectProxy> {
  const sockets = new Set<Socket>();
  const expected = auth ? `Basic ${Buffer.from(`${auth.user}:${auth.password}`).toString('base64')}` : null;
  const state = { connects: [] as string[], refusedAuth: 0 };
  const server = http.createServer((_req, res) => res.writeHead(405).end());
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  server.on('connect', (req: http.IncomingMessage, client: Socket, head: Buffer) => {
    client.on('error', () => client.destroy());
    if (expected && req.headers['proxy-authorization'] !== expected) {
      state.refusedAuth += 1;
      client.end('HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm="test"\r\n\r\n');
      return;
    }
    const target = loopbackTarget(req.url ?? '');
    if (!target) {
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = net.connect(target.port, target.host, () => {
      state.connects.push(req.url ?? '');
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length > 0) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    upstream.on('error', () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    get connects() {
      return state.connects;
    },
    get refusedAuth() {
      return state.refusedAuth;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
