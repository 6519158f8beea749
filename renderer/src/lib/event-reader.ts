/**
 * A server-sent-events reader over fetch(), because EventSource cannot send the API key header
 * (electron/web/session-gate.ts). Parses the stream with eventsource-parser and reconnects with
 * exponential backoff (reset once a connection is established), like EventSource does on its own.
 */
import { createParser, type EventSourceMessage } from 'eventsource-parser';

export interface EventReaderOptions {
  headers: Record<string, string>;
  onMessage: (message: EventSourceMessage) => void;
  /** Backoff bounds in ms (tests shorten them). */
  minDelayMs?: number;
  maxDelayMs?: number;
}

export interface EventReader {
  close(): void;
}

export function openEventReader(url: string, options: EventReaderOptions): EventReader {
  const minDelay = options.minDelayMs ?? 1_000;
  const maxDelay = options.maxDelayMs ?? 30_000;
  const abort = new AbortController();
  let delay = minDelay;

  const readOnce = async (): Promise<void> => {
    const res = await globalThis.fetch(url, {
      headers: { Accept: 'text/event-stream', ...options.headers },
      credentials: 'same-origin',
      cache: 'no-store',
      signal: abort.signal,
    });
    if (!res.ok || !res.body) return;
    delay = minDelay;
    const parser = createParser({ onEvent: options.onMessage });
    const decoder = new TextDecoder();
    const reader = res.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      parser.feed(decoder.decode(value, { stream: true }));
    }
  };

  void (async () => {
    while (!abort.signal.aborted) {
      try {
        await readOnce();
      } catch {
        /* network error or aborted: retry below unless closed */
      }
      if (abort.signal.aborted) return;
      await sleep(delay, abort.signal);
      delay = Math.min(delay * 2, maxDelay);
    }
  })();

  return { close: () => abort.abort() };
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });
}
