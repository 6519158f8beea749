import type { RendererChannel } from '../../../../electron/shared/bridge';

/** The articles feature's channels, for the browser-mode adapter (runtime values may not come from electron/). */
export const ARTICLES_RENDERER_CHANNELS = [
  'articles:config',
  'articles:listDrafts',
  'articles:getDraft',
  'articles:saveDraft',
  'articles:deleteDraft',
  'articles:copyNews',
  'articles:uploadImage',
  'articles:importImage',
  'articles:publish',
  'articles:publishStatus',
  'articles:listPublished',
] as const satisfies readonly RendererChannel[];
