/**
 * Socket-level I/O: reading request bodies and sending replies whole, truncated, or not
 * at all. Kept apart from the handlers so faults can act on the transmission only.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Reply } from './reply';

/** Uploads are at most 10 MB; beyond this the emulator stops buffering. */
export const MAX_BODY_BYTES = 40 * 1024 * 1024;

export type BodyResult = { ok: true; body: Buffer } | { ok: false; reason: 'too-large' | 'aborted' };

export function readBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<BodyResult> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (r: BodyResult): void => {
      if (!done) {
        done = true;
        resolve(r);
      }
    };
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        // Keep draining (discarding) so the client can still read our error answer.
        chunks.length = 0;
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () =>
      finish(size > limit ? { ok: false, reason: 'too-large' } : { ok: true, body: Buffer.concat(chunks) }),
    );
    req.on('error', () => finish({ ok: false, reason: 'aborted' }));
    req.on('close', () => finish({ ok: false, reason: 'aborted' }));
  });
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export function writeReply(res: ServerResponse, reply: Reply): void {
  res.writeHead(reply.status, { ...reply.headers, 'Content-Length': String(reply.body.length) });
  res.end(reply.body);
}

/**
 * The truncated-download fault: headers promise the full Content-Length, half the body
 * goes out, then the socket is destroyed. Clients must notice the short read.
 */
export function writeTruncated(res: ServerResponse, reply: Reply): void {
  res.writeHead(reply.status, { ...reply.headers, 'Content-Length': String(reply.body.length) });
  const half = reply.body.subarray(0, Math.floor(reply.body.length / 2));
  res.write(half, () => {
    // Give the kernel a moment to flush what we wrote before resetting the connection.
    setTimeout(() => res.socket?.destroy(), 10);
  });
}

/** Drop without replying: the client sees a reset / socket hang up. */
export function dropConnection(req: IncomingMessage, res: ServerResponse): void {
  res.socket?.destroy();
  req.socket.destroy();
}
