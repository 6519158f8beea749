/**
 * Browser-mode implementation of `window.api`: the same BridgeApi the preload exposes, spoken over
 * the loopback HTTP server's protocol. Never rejects for app or transport errors: every failure
 * comes back as an error envelope, like the desktop bridge. Every request carries the session's API
 * key (session-key.ts); without one nothing is sent and every call answers "open the printed link".
 */
import {
  RENDERER_CHANNELS,
  methodName,
  type BridgeApi,
  type ChannelMethods,
  type MethodName,
  type RendererChannel,
} from '@shared/bridge';
import type { EventMap, EventName } from '@shared/contract';
import type { AppErrorPayload, Envelope } from '@shared/errors';
import type { StagedFile } from '@shared/models';
import { clientError, fail } from './app-error';
import { openEventReader, type EventReader } from './event-reader';
import { API_KEY_HEADER, MISSING_SESSION_KEY_MESSAGE, sessionKey } from './session-key';

// The channel list and method names are the contract's own (electron/shared/bridge.ts, zod-free):
// a new channel reaches browser mode with no edit here.
export { RENDERER_CHANNELS, methodName };

/** The tab has no API key: nothing is sent, every call answers with the printed-link message. */
export const NO_SESSION_KEY: AppErrorPayload = {
  code: 'NO_SESSION_KEY',
  errClass: 'forbidden',
  retryable: false,
  message: MISSING_SESSION_KEY_MESSAGE,
};

function keyHeader(): Record<string, string> | null {
  const key = sessionKey();
  return key ? { [API_KEY_HEADER]: key } : null;
}

function isEnvelope(value: unknown): value is Envelope<unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { ok?: unknown; error?: unknown };
  if (v.ok === true) return 'value' in v;
  return v.ok === false && typeof v.error === 'object' && v.error !== null;
}

const networkError = () => clientError('NETWORK', 'retryable', 'error.network', undefined, { retryable: true });

/** POSTs and reads back an envelope; any failure becomes an error envelope. */
async function post<T>(url: string, init: { body: BodyInit; contentType: string }): Promise<Envelope<T>> {
  const auth = keyHeader();
  if (!auth) return fail(NO_SESSION_KEY);
  let res: Response;
  try {
    res = await globalThis.fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': init.contentType, ...auth },
      body: init.body,
      credentials: 'same-origin',
      cache: 'no-store',
    });
  } catch {
    return fail(networkError());
  }
  let body: unknown;
  try {
    body = await res.json();
  } catch {
    body = undefined;
  }
  if (isEnvelope(body)) return body as Envelope<T>;
  return fail(
    clientError('BAD_RESPONSE', res.status >= 500 ? 'retryable' : 'internal', 'error.badResponse', {
      status: res.status,
    }),
  );
}

export function callChannel<C extends RendererChannel>(
  channel: C,
  req: Parameters<ChannelMethods[MethodName<C>]>[0],
): ReturnType<ChannelMethods[MethodName<C>]>;
export function callChannel(channel: RendererChannel, req: unknown): Promise<Envelope<unknown>> {
  return post(`/api/call/${channel}`, { body: JSON.stringify(req ?? {}), contentType: 'application/json' });
}

async function stageFiles(files: File[]): Promise<Envelope<StagedFile[]>> {
  const staged: StagedFile[] = [];
  for (const file of files) {
    const env = await post<StagedFile>(`/api/stage?name=${encodeURIComponent(file.name)}`, {
      body: file,
      contentType: 'application/octet-stream',
    });
    if (!env.ok) return env;
    staged.push(env.value);
  }
  return { ok: true, value: staged };
}

/** One event stream for all subscribers, opened on first use and closed when the last one leaves. */
function createEvents(): BridgeApi['on'] {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  let reader: EventReader | null = null;
  let subscribers = 0;
  return function on<E extends EventName>(event: E, listener: (payload: EventMap[E]) => void): () => void {
    const auth = keyHeader();
    if (!auth) return () => undefined;
    reader ??= openEventReader('/api/events', {
      headers: auth,
      onMessage: ({ event: name, data }) => {
        let payload: unknown;
        try {
          payload = JSON.parse(data);
        } catch {
          return; // malformed event: ignore
        }
        for (const fn of [...(listeners.get(name ?? 'message') ?? [])]) fn(payload);
      },
    });
    const current = reader;
    // A fresh wrapper per subscription: the same function subscribed twice is called twice.
    const handler = (payload: unknown) => listener(payload as EventMap[E]);
    const set = listeners.get(event) ?? new Set();
    listeners.set(event, set.add(handler));
    subscribers += 1;
    let active = true;
    return () => {
      if (!active) return;
      active = false;
      set.delete(handler);
      subscribers -= 1;
      if (subscribers === 0 && reader === current) {
        current.close();
        reader = null;
      }
    };
  };
}

export function createHttpApi(): BridgeApi {
  const methods = Object.fromEntries(
    RENDERER_CHANNELS.map((channel) => [methodName(channel), (req: unknown) => callChannel(channel, req as never)]),
  ) as unknown as ChannelMethods;
  return { ...methods, stageFiles, on: createEvents() };
}
