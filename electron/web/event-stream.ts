import type { ServerResponse } from 'node:http';
import type { EventMap } from '@shared/contract';

/**
 * Server-sent events: the browser-mode twin of main→renderer IPC events (progress). The stream is
 * meant to stay open for the whole session, so it is exempt from the server's idle timeout and sends
 * a comment line every `heartbeatMs` instead: a dead client is noticed, and no proxy or browser
 * closes a silent connection.
 */
export class EventStream {
  private readonly clients = new Set<ServerResponse>();

  attach(res: ServerResponse, heartbeatMs = 25_000): void {
    res.socket?.setTimeout(0);
    res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
    res.write(': connected\n\n');
    this.clients.add(res);
    const heartbeat = setInterval(() => res.write(': heartbeat\n\n'), heartbeatMs);
    heartbeat.unref();
    res.on('close', () => {
      clearInterval(heartbeat);
      this.clients.delete(res);
    });
  }

  emit<E extends keyof EventMap>(event: E, payload: EventMap[E]): void {
    const frame = `event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`;
    for (const res of this.clients) res.write(frame);
  }

  close(): void {
    for (const res of this.clients) res.end();
    this.clients.clear();
  }
}
