/**
 * The articles feature's imperative calls (the editor's images, the draft save with its conflict
 * handling, the cover upload): each returns an envelope and never throws. Lists and reads are
 * queries in use-articles.ts.
 */
import type { ArticleTheme } from '@shared/article-themes';
import type { Req } from '@shared/contract';
import type { Envelope } from '@shared/errors';
import { api } from '../../../lib/api';
import { settleBridge } from '../../../lib/query/bridge-call';
import { clientError } from '../../../lib/app-error';
import { fitStaged } from '../../uploads/api/fit-files';
import { uploadOneAndWait } from '../../uploads/api/queued-upload';

export const articlesApi = {
  saveDraft: (req: Req<'articles:saveDraft'>) => settleBridge(() => api.articlesSaveDraft(req)),
  importImage: (accountId: string, url: string) => settleBridge(() => api.articlesImportImage({ accountId, url })),
  /** Marked HTML + theme → WeChat HTML (inline styles, highlighted code, formulas as SVG, link footnotes). */
  render: (html: string, theme: ArticleTheme) => settleBridge(() => api.articlesRender({ html, theme })),

  /**
   * Stages a picture and sends it through media/uploadimg; returns WeChat's URL. A picture uploadimg
   * would refuse (not JPG/PNG, or 1 MB or more) is offered a conversion first (uploads/api/fit-files.ts);
   * skipping it answers CONVERSION_SKIPPED and nothing is sent.
   */
  async uploadBodyImage(accountId: string, file: File): Promise<Envelope<{ url: string }>> {
    const staged = await settleBridge(() => api.stageFiles([file]));
    if (!staged.ok) return staged;
    const fit = await fitStaged(staged.value, 'uploadimg', 'permanent');
    const chosen = fit.now[0] ?? (await fit.later[0]);
    if (!chosen) return { ok: false, error: clientError('CONVERSION_SKIPPED', 'bad-input', 'convert.skipped') };
    return settleBridge(() => api.articlesUploadImage({ accountId, file: chosen.token }));
  },

  /**
   * Uploads a cover on the spot as permanent image material through the journaled upload queue (like
   * every upload) and answers the new item's media_id once its job is done.
   */
  uploadCover: (accountId: string, file: File) => uploadOneAndWait(accountId, 'image', file),
};
