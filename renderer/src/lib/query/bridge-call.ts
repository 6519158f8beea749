/**
 * The one wrapper around the bridge. A channel call answers an envelope; TanStack Query wants a value
 * or a rejection. `callBridge` turns the envelope into the value or a `BridgeError` (the AppErrorPayload
 * the main process sent, or one made here when the bridge itself threw), so query and mutation
 * functions reject with exactly one error type and components read it from `query.error`, never
 * from a try/catch. `settleBridge` is the same call for the few imperative flows that want the
 * envelope itself (the editor's image upload, the draft save with its conflict handling).
 */
import type { AppErrorPayload, Envelope } from '@shared/errors';
import { unexpected } from '../app-error';

/** A failed bridge call, carrying the error payload (never thrown across IPC: it is made here). */
export class BridgeError extends Error {
  readonly payload: AppErrorPayload;
  constructor(payload: AppErrorPayload) {
    super(`${payload.code}: ${payload.message.en}`);
    this.name = 'BridgeError';
    this.payload = payload;
  }
}

/** Any rejection as a BridgeError (a bug or a rejected bridge promise becomes INTERNAL). */
export function asBridgeError(e: unknown): BridgeError {
  return e instanceof BridgeError ? e : new BridgeError(unexpected(e));
}

/** Resolves with the value of an ok envelope; rejects only with a BridgeError. */
export async function callBridge<T>(run: () => Promise<Envelope<T>>): Promise<T> {
  let env: Envelope<T>;
  try {
    env = await run();
  } catch (e) {
    throw asBridgeError(e);
  }
  if (!env.ok) throw new BridgeError(env.error);
  return env.value;
}

/** The same call, answered as an envelope: never rejects. */
export function settleBridge<T>(run: () => Promise<Envelope<T>>): Promise<Envelope<T>> {
  return callBridge(run).then(
    (value): Envelope<T> => ({ ok: true, value }),
    (e: unknown): Envelope<T> => ({ ok: false, error: asBridgeError(e).payload }),
  );
}
