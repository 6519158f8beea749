/**
 * What the browser-mode server answers when Node's HTTP parser refuses a request before any route
 * sees it: a request line or headers over the size limit (431), headers that took too long (408),
 * or anything malformed (400). Node's own handler writes the status and destroys the socket at once;
 * with request-body bytes still unread, the kernel then sends a reset and the client never sees the
 * status (Node 24, Electron's Node, does this every time; see test/unit/fuzz/web-routes.fuzz.test.ts).
 * So the status is written, the socket half-closed, and whatever the client is still sending is read
 * and dropped for a short while before the socket goes.
 */
import type { Duplex } from 'node:stream';

/** How long a refused client may keep sending before the socket is destroyed. */
const DRAIN_MS = 2_000;

function statusLine(code: string | undefined): string {
  if (code === 'HPE_HEADER_OVERFLOW') return '431 Request Header Fields Too Large';
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT') return '408 Request Timeout';
  return '400 Bad Request';
}

/** Node's HTTP server keeps the response in progress on the socket; its own handler checks it too. */
type HttpSocket = Duplex & { _httpMessage?: { headersSent?: boolean } | null };

export function answerClientError(err: NodeJS.ErrnoException, socket: HttpSocket): void {
  // A response already under way on this socket (a later pipelined request failed to parse): a second
  // status line would corrupt it, so the socket just goes, as in Node's default handler.
  if (!socket.writable || err.code === 'ECONNRESET' || socket._httpMessage?.headersSent) {
    socket.destroy();
    return;
  }
  socket.end(`HTTP/1.1 ${statusLine(err.code)}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  const timer = setTimeout(() => socket.destroy(), DRAIN_MS);
  timer.unref();
  socket.on('close', () => clearTimeout(timer));
  socket.resume();
}
