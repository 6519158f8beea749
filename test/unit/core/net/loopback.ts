/** Loopback-only HTTP servers for the outbound-fetch tests: nothing here ever leaves 127.0.0.1. */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface LoopbackServer {
  /** `127.0.0.1:<port>` (URL.host form). */
  host: string;
  base: string;
  port: number;
  /** Requests received, by path. */
  hits: string[];
  /** TCP connections accepted. */
  connections: number;
  close(): Promise<void>;
}

export async function loopbackServer(handler: http.RequestListener): Promise<LoopbackServer> {
  const server = http.createServer((req, res) => {
    s.hits.push(req.url ?? '');
    handler(req, res);
  });
  server.on('connection', () => s.connections++);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const s: LoopbackServer = {
    host: `127.0.0.1:${port}`,
    base: `http://127.0.0.1:${port}`,
    port,
    hits: [],
    connections: 0,
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
  return s;
}

/** Writes `chunk` forever (chunked encoding), as fast as the client reads. */
export function endless(res: http.ServerResponse, chunk: Buffer, first?: Buffer): void {
  res.writeHead(200, { 'content-type': 'application/octet-stream' });
  if (first) res.write(first);
  const pump = () => {
    while (!res.destroyed && res.write(chunk)) {
      /* keep writing until the socket pushes back */
    }
    if (!res.destroyed) res.once('drain', pump);
  };
  pump();
}

/** Sends one byte every `everyMs` forever: never silent long enough for an idle timeout. */
export function trickle(res: http.ServerResponse, everyMs: number): void {
  res.writeHead(200, { 'content-type': 'application/octet-stream' });
  const timer = setInterval(() => (res.destroyed ? clearInterval(timer) : res.write('x')), everyMs);
  res.on('close', () => clearInterval(timer));
}
