/**
 * The shape of `window.api`: one named method per contract channel (no generic invoke), plus
 * file staging and event subscription. The preload (desktop) and the HTTP adapter (browser mode)
 * both implement it, so the renderer runs unchanged on either. Zod-free and Node-free: the renderer
 * imports its runtime values (eslint.config.js); the contract's types are erased at build time.
 */
import { CHANNELS, DESKTOP_ONLY_CHANNELS, type Channel, type OneWayChannel } from './channels';
import type { EventMap, EventName, Req, Res } from './contract';
import type { Envelope } from './errors';
import type { StagedFile } from './models';

/** `accounts:add` → `accountsAdd`. */
export type MethodName<C extends string> = C extends `${infer A}:${infer B}` ? `${A}${Capitalize<B>}` : never;

export function methodName<C extends Channel | OneWayChannel>(channel: C): MethodName<C> {
  const [a, b] = channel.split(':') as [string, string];
  return (a + b.charAt(0).toUpperCase() + b.slice(1)) as MethodName<C>;
}

/** Channels the renderer calls by name; `files:register` is reached only through `stageFiles`. */
export type RendererChannel = Exclude<Channel, 'files:register'>;

/** The request channels both bridges expose, in contract order (the browser-mode adapter builds its methods from it). */
export const RENDERER_CHANNELS = CHANNELS.filter(
  (c): c is RendererChannel => !DESKTOP_ONLY_CHANNELS.includes(c),
) as readonly RendererChannel[];

export type ChannelMethods = {
  [C in RendererChannel as MethodName<C>]: (req: Req<C>) => Promise<Envelope<Res<C>>>;
};

/**
 * One-way methods: fire and forget. Optional because only the desktop bridge has them (they start
 * OS-level actions such as a drag); browser mode leaves them out and the caller falls back.
 */
export type OneWayMethods = {
  [C in OneWayChannel as MethodName<C>]?: (req: Req<C>) => void;
};

export interface BridgeApi extends ChannelMethods, OneWayMethods {
  /** Hands local files to the main process; returns opaque tokens for `uploads:enqueue`. */
  stageFiles(files: File[]): Promise<Envelope<StagedFile[]>>;
  /** Subscribes to a main→renderer event; returns the unsubscribe function. */
  on<E extends EventName>(event: E, listener: (payload: EventMap[E]) => void): () => void;
}
