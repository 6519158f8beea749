/** The articles feature's only door to the bridge: every call returns an envelope (never throws). */
import type { Req } from '../../../../../electron/shared/contract';
import type { Envelope } from '../../../../../electron/shared/errors';
import type { UploadResult } from '../../../../../electron/shared/models';
import { api } from '../../../lib/api';
import { settle } from '../../../lib/app-error';

export const articlesApi = {
  config: (accountId: string) => settle(() => api.articlesConfig({ accountId })),
  listDrafts: (req: Req<'articles:listDrafts'>) => settle(() => api.articlesListDrafts(req)),
  getDraft: (accountId: string, mediaId: string) => settle(() => api.articlesGetDraft({ accountId, mediaId })),
  saveDraft: (req: Req<'articles:saveDraft'>) => settle(() => api.articlesSaveDraft(req)),
  deleteDraft: (accountId: string, mediaId: string) => settle(() => api.articlesDeleteDraft({ accountId, mediaId })),
  copyNews: (accountId: string, mediaId: string) => settle(() => api.articlesCopyNews({ accountId, mediaId })),
  importImage: (accountId: string, url: string) => settle(() => api.articlesImportImage({ accountId, url })),
  publish: (accountId: string, mediaId: string) => settle(() => api.articlesPublish({ accountId, mediaId })),
  publishStatus: (accountId: string, publishId: string) =>
    settle(() => api.articlesPublishStatus({ accountId, publishId })),
  listPublished: (accountId: string, offset: number) =>
    settle(() => api.articlesListPublished({ accountId, offset, count: 20 })),
  /** Brings the library index of one kind up to date when it is stale (one call when unchanged). */
  syncIfStale: (accountId: string, kind: 'image' | 'news') =>
    settle(() => api.librarySync({ accountId, kinds: [kind], mode: 'if-stale' })),
  /** Permanent images (cover picker) or legacy 图文 (copy into a draft), newest first, from the index. */
  indexPage: (accountId: string, kind: 'image' | 'news', offset: number, limit: number) =>
    settle(() => api.libraryQuery({ accountId, kinds: [kind], sort: 'date-desc', offset, limit })),

  /** Stages a picture and sends it through media/uploadimg; returns WeChat's URL. */
  async uploadBodyImage(accountId: string, file: File): Promise<Envelope<{ url: string }>> {
    const staged = await settle(() => api.stageFiles([file]));
    if (!staged.ok) return staged;
    const token = staged.value[0]?.token ?? '';
    return settle(() => api.articlesUploadImage({ accountId, file: token }));
  },

  /** Uploads a cover on the spot as permanent image material (add_material), like the library does. */
  async uploadCover(accountId: string, file: File): Promise<Envelope<UploadResult>> {
    const staged = await settle(() => api.stageFiles([file]));
    if (!staged.ok) return staged;
    const env = await settle(() =>
      api.libraryUpload({ accountId, type: 'image', files: staged.value.map((s) => s.token) }),
    );
    if (!env.ok) return env;
    const first = env.value[0];
    return first
      ? { ok: true, value: first }
      : {
          ok: false,
          error: {
            code: 'INTERNAL',
            errClass: 'internal',
            retryable: false,
            message: { zh: '上传没有结果。', en: 'The upload returned nothing.' },
          },
        };
  },
};
