/** A fake BridgeApi for renderer tests: vi.fn per method, with a small in-memory library. */
import { vi } from 'vitest';
import type { Mock } from 'vitest';
import type { BridgeApi, ChannelMethods } from '@shared/bridge';
import type { EventMap, EventName } from '@shared/contract';
import type { AppErrorPayload, Envelope } from '@shared/errors';
import type { AccountSummary, MaterialItem, MaterialType } from '@shared/models';

export const DEMO: AccountSummary = {
  id: 'demo',
  name: 'Demo',
  appIdMasked: 'wx00…0000',
  apiBase: null,
  isDemo: true,
  secretStorage: 'session',
};

export const REAL: AccountSummary = {
  id: 'acc_1',
  name: '公司服务号',
  appIdMasked: 'wx12…cdef',
  apiBase: null,
  isDemo: false,
  secretStorage: 'encrypted',
};

export function ok<T>(value: T): Envelope<T> {
  return { ok: true, value };
}

export function err(error: Partial<AppErrorPayload> & Pick<AppErrorPayload, 'message'>): Envelope<never> {
  return { ok: false, error: { code: 'WX_40164', errClass: 'ip-whitelist', retryable: false, ...error } };
}

/** 25 images: page 0 holds img-0…img-19, page 1 holds img-20…img-24. */
export function makeItems(accountId: string, type: MaterialType, n: number): MaterialItem[] {
  return Array.from({ length: n }, (_, i) => ({
    mediaId: `${accountId}-${type}-${i}`,
    type,
    name: `${type}-${i}.jpg`,
    // 2024-03-05 06:07 + i minutes, local time
    updateTime: Math.floor(new Date(2024, 2, 5, 6, 7 + i).getTime() / 1000),
    hasThumb: type === 'image',
  }));
}

/** Every request method plus staging and events; one-way methods (desktop only) are left out, as in browser mode. */
type Fake = { [K in keyof ChannelMethods | 'stageFiles' | 'on']: Mock<BridgeApi[K]> };

function mockFn<F extends (...args: never[]) => unknown>(): Mock<F> {
  return vi.fn<F>();
}

export const fake: Fake = {
  appInfo: mockFn(),
  accountsList: mockFn(),
  accountsAdd: mockFn(),
  accountsRemove: mockFn(),
  accountsUpdate: mockFn(),
  accountsTest: mockFn(),
  librarySync: mockFn(),
  libraryQuery: mockFn(),
  librarySummary: mockFn(),
  libraryDetail: mockFn(),
  libraryVoiceDurations: mockFn(),
  libraryBulkDelete: mockFn(),
  libraryBulkDownload: mockFn(),
  libraryBackup: mockFn(),
  libraryWhereUsed: mockFn(),
  articlesConfig: mockFn(),
  articlesListDrafts: mockFn(),
  articlesGetDraft: mockFn(),
  articlesSaveDraft: mockFn(),
  articlesDeleteDraft: mockFn(),
  articlesCopyNews: mockFn(),
  articlesUploadImage: mockFn(),
  articlesImportImage: mockFn(),
  articlesPublish: mockFn(),
  articlesPublishStatus: mockFn(),
  articlesListPublished: mockFn(),
  articlesRender: mockFn(),
  uploadsEnqueue: mockFn(),
  uploadsList: mockFn(),
  uploadsControl: mockFn(),
  uploadsResolveDuplicate: mockFn(),
  uploadsSetConcurrency: mockFn(),
  uploadsClearFinished: mockFn(),
  uploadsTempList: mockFn(),
  uploadsTempFetch: mockFn(),
  uploadsTempSave: mockFn(),
  quotaGet: mockFn(),
  thumbsCacheInfo: mockFn(),
  thumbsClearCache: mockFn(),
  imagesCheckFit: mockFn(),
  imagesConvert: mockFn(),
  appSetTheme: mockFn(),
  appSetLanguage: mockFn(),
  appOpenDataFolder: mockFn(),
  stageFiles: mockFn(),
  on: mockFn(),
};

const listeners = new Set<{ event: EventName; listener: (payload: unknown) => void }>();

/** Delivers a main→renderer event to whoever subscribed through `fake.on`. */
export function emit<E extends EventName>(event: E, payload: EventMap[E]): void {
  for (const l of [...listeners]) if (l.event === event) l.listener(payload);
}

/** Default behaviour: two accounts, 25 images for every account, nothing else. */
export function resetFake(): void {
  for (const fn of Object.values(fake) as Mock[]) fn.mockReset();
  fake.appInfo.mockResolvedValue(ok({ version: '0.1.0', mode: 'desktop', quarantined: [] }));
  fake.accountsList.mockResolvedValue(ok([REAL, DEMO]));
  fake.accountsTest.mockResolvedValue(ok({ expiresIn: 7200 }));
  // The shell's native theme/menu language: the renderer tells main and moves on (electron/shared/features/app.channels.ts).
  fake.appSetTheme.mockImplementation((req: { theme: 'system' | 'light' | 'dark' }) => Promise.resolve(ok(req)));
  fake.appSetLanguage.mockImplementation((req: { language: 'zh-CN' | 'en' }) => Promise.resolve(ok(req)));
  fake.stageFiles.mockResolvedValue(ok([]));
  // The app shell follows the upload queue on every screen (features/uploads/UploadFlow.tsx).
  fake.uploadsList.mockResolvedValue(
    ok({
      accountId: 'demo',
      jobs: [],
      concurrency: 4,
      hold: null,
      totals: { totalBytes: 0, doneBytes: 0, bytesPerSec: 0, etaSec: null, counts: {} },
    }),
  );
  fake.uploadsTempList.mockResolvedValue(ok([]));
  listeners.clear();
  fake.on.mockImplementation((event, listener) => {
    const entry = { event, listener: listener as (payload: unknown) => void };
    listeners.add(entry);
    return () => void listeners.delete(entry);
  });
  installFakeIndex();
}

/** The library's local index (issue 3): 25 images per account, queried like the main process does. */
function installFakeIndex(): void {
  fake.librarySync.mockResolvedValue(ok([]));
  fake.librarySummary.mockImplementation(() => {
    const s = (total: number) => ({ total, indexed: total, syncedAt: 1, stale: false });
    return Promise.resolve(ok({ image: s(25), voice: s(0), video: s(0), news: s(0), draft: s(0), published: s(0) }));
  });
  fake.libraryQuery.mockImplementation((req) => {
    const kind = req.kinds[0];
    let all = kind === 'image' ? makeItems(req.accountId, 'image', 25) : [];
    const text = req.text?.toLowerCase();
    if (text) all = all.filter((i) => `${i.name}\n${i.mediaId}`.toLowerCase().includes(text));
    const items = all
      .slice(req.offset, req.offset + req.limit)
      .map((i) => ({ mediaId: i.mediaId, kind: i.type, name: i.name, updateTime: i.updateTime, hasThumb: i.hasThumb }));
    return Promise.resolve(
      ok({ items, total: all.length, offset: req.offset, ...(req.withIds ? { ids: all.map((i) => i.mediaId) } : {}) }),
    );
  });
  fake.libraryBulkDelete.mockImplementation((req) =>
    Promise.resolve(ok({ deleted: req.mediaIds, gone: [], failed: [] })),
  );
  fake.libraryBulkDownload.mockResolvedValue(ok({ folder: null, saved: [], failed: [], cancelled: true }));
  fake.libraryWhereUsed.mockResolvedValue(ok({}));
}
