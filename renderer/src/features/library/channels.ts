import type { RendererChannel } from '../../../../electron/shared/bridge';

/** The library feature's channels, for the browser-mode adapter (runtime values may not come from electron/). */
export const LIBRARY_RENDERER_CHANNELS = [
  'library:sync',
  'library:query',
  'library:summary',
  'library:detail',
  'library:bulkDelete',
  'library:bulkDownload',
  'library:backup',
] as const satisfies readonly RendererChannel[];
