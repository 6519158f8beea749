/**
 * The one wrapper every channel goes through, in desktop (ipcMain) and browser mode (HTTP) alike:
 * refuse untrusted senders, validate the request against the contract's schema, run the handler,
 * and answer an envelope. It never rejects: errors travel as data with codes, because a rejected
 * invoke keeps only `message`, and got 14.6 puts the URL (access_token included) into messages.
 */
import { requestSchemas, type Channel, type Req, type Res } from '@shared/contract';
import type { AppErrorPayload, Envelope } from '@shared/errors';
import { toAppError } from '../wechat/to-app-error';
import { silentLogger, type Logger } from '../log';

export type Handlers = { [C in Channel]: (req: Req<C>) => Promise<Res<C>> };
/** The handlers of one feature's channels. */
export type FeatureHandlers<K extends Channel> = { [C in K]: (req: Req<C>) => Promise<Res<C>> };

/** Why a request was refused before its handler ran. */
export function forbiddenPayload(): AppErrorPayload {
  return {
    code: 'FORBIDDEN',
    errClass: 'forbidden',
    retryable: false,
    message: {
      zh: '请求来源不受信任，已拒绝。请从 SucaiDesk 窗口内操作。',
      en: 'Request from an untrusted sender was refused. Use the SucaiDesk window.',
    },
  };
}

function validationPayload(issues: { path: PropertyKey[]; message: string }[]): AppErrorPayload {
  const details = issues.slice(0, 10).map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`);
  return {
    code: 'VALIDATION',
    errClass: 'validation',
    retryable: false,
    details,
    message: { zh: `请求内容不合法：${details.join('；')}`, en: `Invalid request: ${details.join('; ')}` },
  };
}

function unknownChannelPayload(): AppErrorPayload {
  return {
    code: 'UNKNOWN_CHANNEL',
    errClass: 'validation',
    retryable: false,
    message: { zh: '未知的操作。', en: 'Unknown operation.' },
  };
}

export function isChannel(name: string): name is Channel {
  return Object.prototype.hasOwnProperty.call(requestSchemas, name);
}

export interface DispatchOptions {
  /** Channels this transport refuses outright (browser mode refuses raw-path channels). */
  refused?: readonly Channel[];
  /** Failures are logged by channel and code (never by message, which may quote a URL). */
  logger?: Logger;
}

/** Builds the dispatcher over a full handler map (a missing channel is a compile error). */
export function createDispatcher(handlers: Handlers, options: DispatchOptions = {}) {
  const refused = new Set<string>(options.refused ?? []);
  const logger = options.logger ?? silentLogger;
  return async function dispatch(channel: string, raw: unknown, trusted: boolean): Promise<Envelope<unknown>> {
    if (!trusted) return { ok: false, error: forbiddenPayload() };
    if (!isChannel(channel) || refused.has(channel)) return { ok: false, error: unknownChannelPayload() };
    const parsed = requestSchemas[channel].safeParse(raw ?? {});
    if (!parsed.success) return { ok: false, error: validationPayload(parsed.error.issues) };
    try {
      const handler = handlers[channel] as (req: unknown) => Promise<unknown>;
      return { ok: true, value: await handler(parsed.data) };
    } catch (err) {
      const error = toAppError(err);
      logger.failure('ipc.failed', error, { channel });
      return { ok: false, error };
    }
  };
}

export type Dispatch = ReturnType<typeof createDispatcher>;
