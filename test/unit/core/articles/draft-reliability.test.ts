/**
 * Drafts never duplicated, article-count changes never lost (issue 12; docs/reliability.md § Drafts), against
 * the real emulator server with its fault injection: drop-after on draft/add applies the request and drops
 * the answer; a "crash" is a flow that never continues past a step, followed by a fresh service reading the
 * same journal file.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '@shared/errors';
import type { ArticleFields } from '@shared/features/articles.channels';
import { DEMO_APP_ID, type Emulator } from '../../../../electron/emulator/index';
import { DraftService } from '../../../../electron/core/articles/draft-service';
import { DraftJournal, DraftJournals } from '../../../../electron/core/articles/draft-journal';
import { recoverDraftsAtStart } from '../../../../electron/core/articles/draft-startup';
import type { WeChatClient } from '../../../../electron/core/wechat/client';
import { emulatorWithClient } from '../../fixtures/emulator-client';

let emu: Emulator;
let client: WeChatClient;
let cover: string;
let dir: string;

beforeAll(async () => {
  ({ emu, client } = await emulatorWithClient());
});
afterAll(() => emu.close());
beforeEach(async () => {
  emu.reset();
  emu.seed(DEMO_APP_ID, { images: 2 });
  cover = (await client.material.batchget('image', 0, 1)).items[0].mediaId;
  dir = mkdtempSync(path.join(os.tmpdir(), 'draft-journal-'));
});

const article = (over: Partial<ArticleFields> = {}): ArticleFields => ({
  title: '可靠的草稿',
  author: '作者',
  digest: '',
  content: '<p style="color: #333">第一段 <b>加粗</b></p>\n<p>第二段</p><img src="https://example.com/x.png">',
  contentSourceUrl: '',
  thumbMediaId: cover,
  needOpenComment: 0,
  onlyFansCanComment: 0,
  picCrop2351: '',
  picCrop11: '',
  ...over,
});
// The foreign image is refused by our own checks before sending; bodies here must pass them.
const body = (over: Partial<ArticleFields> = {}) =>
  article({ content: '<p>第一段 <b>加粗</b></p>\n<p>第二段</p>', ...over });

const journalFile = () => path.join(dir, 'acct.json');
async function service(c: WeChatClient = client): Promise<{ drafts: DraftService; journal: DraftJournal }> {
  const journal = await DraftJournal.open(journalFile());
  return { drafts: new DraftService(c, undefined, { journal, settleMs: 0 }), journal };
}
const liveDrafts = () => emu.ledger(DEMO_APP_ID).filter((e) => e.kind === 'draft' && !e.deleted);
const adds = () => emu.calls().filter((c) => c.endpoint === 'draft/add').length;
const never = () => new Promise<never>(() => undefined);
/** The client with some draft calls replaced (the rest are the real calls). */
const patched = (draft: Partial<WeChatClient['draft']>): WeChatClient => ({
  ...client,
  draft: { ...client.draft, ...draft },
});
const pendingOnDisk = () => (JSON.parse(readFileSync(journalFile(), 'utf8')) as { entries: unknown[] }).entries;
/** Lets a flow that will never finish run up to the step where it hangs. */
const until = async (cond: () => boolean) => {
  for (let i = 0; i < 200 && !cond(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(cond()).toBe(true);
};

describe('draft/add after an ambiguous failure', () => {
  it('drop-after on draft/add: the save ends with exactly one draft, found in the draft box, not re-sent', async () => {
    const { drafts, journal } = await service();
    emu.setFaults([{ endpoint: 'draft/add', kind: 'drop-after', times: 1 }]);
    const saved = await drafts.save({ articles: [body()] });
    expect(saved.created).toBe(true);
    expect(liveDrafts()).toHaveLength(1);
    expect(liveDrafts()[0]?.mediaId).toBe(saved.mediaId);
    expect(adds()).toBe(1);
    // It was the fault that made the answer ambiguous, and the draft box that settled it.
    expect(emu.calls().find((c) => c.endpoint === 'draft/add')?.fault).toBe('drop-after');
    expect(emu.calls().some((c) => c.endpoint === 'draft/batchget')).toBe(true);
    expect((await client.draft.count()).totalCount).toBe(1);
    expect(journal.pending()).toEqual([]);
    expect(pendingOnDisk()).toEqual([]);
  });

  it('drop-after on every draft/add still makes one draft (the first send is found)', async () => {
    const { drafts } = await service();
    emu.setFaults([{ endpoint: 'draft/add', kind: 'drop-after' }]);
    const saved = await drafts.save({ articles: [body(), body({ title: '第二篇' })] });
    expect(liveDrafts().map((d) => d.mediaId)).toEqual([saved.mediaId]);
    expect(adds()).toBe(1);
  });

  it('a 5xx with no body (nothing applied) is reconciled, not found, and sent once more', async () => {
    const { drafts } = await service();
    emu.setFaults([{ endpoint: 'draft/add', kind: 'http-status', status: 502, times: 1 }]);
    const saved = await drafts.save({ articles: [body()] });
    expect(liveDrafts().map((d) => d.mediaId)).toEqual([saved.mediaId]);
    expect(adds()).toBe(2);
  });

  it('a different draft saved just before is not taken for ours', async () => {
    const { drafts } = await service();
    await drafts.save({ articles: [body({ content: '<p>别的正文</p>' })] });
    emu.setFaults([{ endpoint: 'draft/add', kind: 'http-status', status: 500, times: 1 }]);
    const saved = await drafts.save({ articles: [body()] });
    expect(liveDrafts()).toHaveLength(2);
    expect((await client.draft.get(saved.mediaId)).newsItems[0]?.content).toContain('第二段');
  });

  it('when the draft box cannot be checked either, the entry stays and the next save reconciles it', async () => {
    const first = await service();
    emu.setFaults([
      { endpoint: 'draft/add', kind: 'drop-after', times: 1 },
      { endpoint: 'draft/batchget', kind: 'http-status', status: 503 },
    ]);
    const err = await first.drafts.save({ articles: [body()] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).payload.code).toBe('DRAFT_UNCONFIRMED');
    expect(pendingOnDisk()).toHaveLength(1);
    emu.clearFaults();
    // The app restarts; the editor (autosave) saves the same article again.
    const second = await service();
    const saved = await second.drafts.save({ articles: [body()] });
    expect(liveDrafts().map((d) => d.mediaId)).toEqual([saved.mediaId]);
    expect(adds()).toBe(1);
    expect(saved.recovered?.en).toMatch(/had in fact succeeded/);
    expect(pendingOnDisk()).toEqual([]);
  });

  it('a crash between sending draft/add and its answer is reconciled at the next start', async () => {
    const hung = await service(patched({ add: (a) => client.draft.add(a).then(never) }));
    void hung.drafts.save({ articles: [body()] });
    await until(() => liveDrafts().length === 1);
    const restarted = await service();
    const outcomes = await restarted.drafts.recover();
    expect(outcomes.map((o) => o.kind)).toEqual(['add-found']);
    expect(liveDrafts()).toHaveLength(1);
    expect(pendingOnDisk()).toEqual([]);
  });
});

describe('changing the number of articles', () => {
  it('creates the new draft, verifies it, then deletes the old one (drop-after on draft/add too)', async () => {
    const { drafts } = await service();
    const one = await drafts.save({ articles: [body()] });
    emu.setFaults([{ endpoint: 'draft/add', kind: 'drop-after', times: 1 }]);
    const two = await drafts.save({
      mediaId: one.mediaId,
      baseRevision: one.revision,
      articles: [body(), body({ title: '第二篇' })],
    });
    expect(two).toMatchObject({ created: true, replaced: one.mediaId });
    expect(liveDrafts().map((d) => d.mediaId)).toEqual([two.mediaId]);
    expect((await client.draft.get(two.mediaId)).newsItems.map((n) => n.title)).toEqual(['可靠的草稿', '第二篇']);
    const order = emu
      .calls()
      .map((c) => c.endpoint)
      .filter((e) => e === 'draft/add' || e === 'draft/delete');
    expect(order).toEqual(['draft/add', 'draft/add', 'draft/delete']);
  });

  it('a crash after the new draft is created and before the old is deleted ends, after restart, with the new one only', async () => {
    const { drafts } = await service();
    const one = await drafts.save({ articles: [body()] });
    const hung = await service(patched({ delete: never }));
    let settled = false;
    void hung.drafts
      .save({ mediaId: one.mediaId, baseRevision: one.revision, articles: [body(), body({ title: '第二篇' })] })
      .finally(() => (settled = true));
    await until(
      () => liveDrafts().length === 2 && pendingOnDisk().some((e) => (e as { newMediaId?: string }).newMediaId),
    );
    expect(settled).toBe(false);
    const restarted = await service();
    const outcomes = await restarted.drafts.recover();
    expect(outcomes.map((o) => o.kind)).toEqual(['replace-finished']);
    const left = liveDrafts();
    expect(left).toHaveLength(1);
    expect(left[0]?.mediaId).not.toBe(one.mediaId);
    expect((await client.draft.get(left[0]?.mediaId ?? '')).newsItems).toHaveLength(2);
    expect(pendingOnDisk()).toEqual([]);
  });

  it('a crash while the new draft was being sent: found at the next save of the old draft, which goes to the new one', async () => {
    const { drafts } = await service();
    const one = await drafts.save({ articles: [body()] });
    const hung = await service(patched({ add: (a) => client.draft.add(a).then(never) }));
    const twoArticles = [body(), body({ title: '第二篇' })];
    void hung.drafts.save({ mediaId: one.mediaId, baseRevision: one.revision, articles: twoArticles });
    await until(() => liveDrafts().length === 2);
    // Restart; the editor still holds the old media_id and saves a further edit.
    const restarted = await service();
    const edited = [body(), body({ title: '第二篇（改）' })];
    const saved = await restarted.drafts.save({ mediaId: one.mediaId, baseRevision: one.revision, articles: edited });
    expect(saved).toMatchObject({ created: false, replaced: one.mediaId });
    expect(saved.recovered?.zh).toContain('已完成');
    expect(liveDrafts().map((d) => d.mediaId)).toEqual([saved.mediaId]);
    expect((await client.draft.get(saved.mediaId)).newsItems.map((n) => n.title)).toEqual([
      '可靠的草稿',
      '第二篇（改）',
    ]);
  });

  it('when the new draft was never created, the old one is kept and the user is told', async () => {
    const { drafts } = await service();
    const one = await drafts.save({ articles: [body()] });
    // The request never leaves: journaled, then the app dies before sending.
    const hung = await service(patched({ add: never }));
    void hung.drafts.save({
      mediaId: one.mediaId,
      baseRevision: one.revision,
      articles: [body(), body({ title: '二' })],
    });
    await until(() => pendingOnDisk().length === 1);
    const restarted = await service();
    const outcomes = await restarted.drafts.recover();
    expect(outcomes.map((o) => o.kind)).toEqual(['replace-kept-old']);
    expect(liveDrafts().map((d) => d.mediaId)).toEqual([one.mediaId]);
  });

  it('a replacement edited elsewhere before recovery keeps both drafts and says so', async () => {
    const { drafts } = await service();
    const one = await drafts.save({ articles: [body()] });
    const hung = await service(patched({ delete: never }));
    void hung.drafts.save({
      mediaId: one.mediaId,
      baseRevision: one.revision,
      articles: [body(), body({ title: '二' })],
    });
    await until(() => pendingOnDisk().some((e) => (e as { newMediaId?: string }).newMediaId));
    const newId = (pendingOnDisk()[0] as { newMediaId: string }).newMediaId;
    await client.draft.update(newId, 1, { title: '后台改过', content: '<p>改</p>', thumbMediaId: cover });
    const restarted = await service();
    const outcomes = await restarted.drafts.recover();
    expect(outcomes.map((o) => o.kind)).toEqual(['replace-both-kept']);
    expect(liveDrafts()).toHaveLength(2);
    const next = await restarted.drafts.save({ articles: [body({ title: '另一篇' })] });
    expect(next.recovered?.en).toMatch(/both the new and the old draft were kept/);
  });
});

describe('recovery at start', () => {
  it('finishes an interrupted replacement in the background and tells the next save', async () => {
    const { drafts } = await service();
    const one = await drafts.save({ articles: [body()] });
    const hung = await service(patched({ delete: never }));
    void hung.drafts.save({
      mediaId: one.mediaId,
      baseRevision: one.revision,
      articles: [body(), body({ title: '二' })],
    });
    await until(() => pendingOnDisk().some((e) => (e as { newMediaId?: string }).newMediaId));
    // The next start: the journals folder holds this account's file (acct.json).
    const journals = new DraftJournals(dir);
    const changed: string[] = [];
    const logged: string[] = [];
    const serviceFor = async (accountId: string) =>
      new DraftService(client, undefined, { journal: await journals.for(accountId), settleMs: 0 });
    await recoverDraftsAtStart({
      journals,
      knownAccounts: ['acct', 'someone-else'],
      serviceFor,
      log: { info: (event, f) => logged.push(`${event}:${String(f?.kind)}`), failure: () => undefined },
      changed: (id) => changed.push(id),
    });
    expect(changed).toEqual(['acct']);
    expect(logged).toEqual(['drafts.recovered:replace-finished']);
    expect(liveDrafts()).toHaveLength(1);
    expect(liveDrafts()[0]?.mediaId).not.toBe(one.mediaId);
    const next = await (await serviceFor('acct')).save({ articles: [body({ title: '另一篇' })] });
    expect(next.recovered?.zh).toContain('篇数变更已完成');
  });
});
