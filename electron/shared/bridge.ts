/**
 * The shape of `window.api`: one named method per contract channel (no generic invoke), plus
 * file staging and event subscription. The preload (desktop) and the HTTP adapter (browser mode)
 * both implement it, so the renderer runs unchanged on either.
 */
import type { Channel, EventMap, EventName, Req, Res } from './contract';
import type { Envelope } from './errors';
import type { StagedFile } from './models';

/** `accounts:add` → `accountsAdd`. */
export type MethodName<C extends string> = C extends `${infer A}:${infer B}` ? `${A}${Capitalize<B>}` : never;

export function methodName<C extends Channel>(channel: C): MethodName<C> {
  const [a, b] = channel.split(':') as [string, string];
  return (a + b.charAt(0).toUpperCase() + b.slice(1)) as MethodName<C>;
}

/** Channels the renderer calls by name; `files:register` is reached only through `stageFiles`. */
export type RendererChannel = Exclude<Channel, 'files:register'>;

export type ChannelMethods = {
  [C in RendererChannel as MethodName<C>]: (req: Req<C>) => Promise<Envelope<Res<C>>>;
};

export interface BridgeApi extends ChannelMethods {
  /** Hands local files to the main process; returns opaque tokens for `library:upload`. */
  stageFiles(files: File[]): Promise<Envelope<StagedFile[]>>;
  /** Subscribes to a main→renderer event; returns the unsubscribe function. */
  on<E extends EventName>(event: E, listener: (payload: EventMap[E]) => void): () => void;
}
