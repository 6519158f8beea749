import type { RendererChannel } from '../../../../electron/shared/bridge';

/** The uploads feature's channels, for the browser-mode adapter (runtime values may not come from electron/). */
export const UPLOADS_RENDERER_CHANNELS = [
  'uploads:enqueue',
  'uploads:list',
  'uploads:control',
  'uploads:resolveDuplicate',
  'uploads:setConcurrency',
  'uploads:clearFinished',
  'uploads:tempList',
  'uploads:tempFetch',
  'uploads:tempSave',
] as const satisfies readonly RendererChannel[];
