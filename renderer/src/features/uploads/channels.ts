import type { RendererChannel } from '../../../../electron/shared/bridge';

/** The uploads feature's channels, for the browser-mode adapter (runtime values may not come from electron/). */
export const UPLOADS_RENDERER_CHANNELS = [] as const satisfies readonly RendererChannel[];
