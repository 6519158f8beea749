/**
 * The "action → views" table (renderer/src/lib/query/invalidation.ts): every action the app takes marks
 * stale every view that shows its result, of that account only, and nothing else.
 */
import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import type { UploadJobView } from '@shared/features/uploads.channels';
import {
  INVALIDATES,
  invalidateAfter,
  keysAfter,
  libraryEventAction,
  queueProgressed,
  type AppAction,
} from '../../../renderer/src/lib/query/invalidation';
import { accountKeys, articleKeys, libraryKeys, uploadKeys } from '../../../renderer/src/lib/query/keys';

const totals = { totalBytes: 0, doneBytes: 0, bytesPerSec: 0, etaSec: null, counts: {} };
const filter = { kind: 'published' as const, text: '', sort: 'date-desc' as const };

/** One cached read of every view of accounts `a` and `b`, plus reads no action may touch. */
function seeded() {
  const client = new QueryClient();
  const reads = {
    libraryPage: libraryKeys.page('a', filter, { offset: 0, limit: 20 }),
    librarySummary: libraryKeys.summary('a'),
    libraryIds: libraryKeys.ids('a', filter),
    drafts: articleKeys.draftPage('a', { offset: 0, query: '' }),
    published: articleKeys.publishedPage('a', 0),
    temp: uploadKeys.temp('a'),
    accounts: accountKeys.list(),
    // Never invalidated by an action: a detail, an open draft, the queue (events patch it), account b.
    detail: libraryKeys.detail('a', { kind: 'image', mediaId: 'm' }),
    openDraft: articleKeys.draft('a', 'm'),
    queue: uploadKeys.queue('a'),
    otherAccount: libraryKeys.summary('b'),
    otherDrafts: articleKeys.draftPage('b', { offset: 0, query: '' }),
  };
  for (const key of Object.values(reads)) client.setQueryData(key, { any: 1 });
  client.setQueryData(reads.queue, { accountId: 'a', jobs: [], totals, hold: null, concurrency: 2 });
  const stale = () =>
    Object.entries(reads)
      .filter(([, key]) => client.getQueryState(key)?.isInvalidated)
      .map(([name]) => name)
      .sort();
  return { client, stale };
}

const expected: Record<AppAction, string[]> = {
  'library-changed': ['libraryIds', 'libraryPage', 'librarySummary'],
  'library-synced': ['libraryIds', 'libraryPage', 'librarySummary'],
  'material-uploaded': ['libraryIds', 'libraryPage', 'librarySummary'],
  'temp-uploaded': ['temp'],
  'items-deleted': ['drafts', 'libraryIds', 'libraryPage', 'librarySummary', 'published'],
  'draft-saved': ['drafts', 'libraryIds', 'libraryPage', 'librarySummary'],
  'draft-deleted': ['drafts', 'libraryIds', 'libraryPage', 'librarySummary'],
  'publish-submitted': ['drafts', 'libraryIds', 'libraryPage', 'librarySummary'],
  'publish-settled': ['drafts', 'libraryIds', 'libraryPage', 'librarySummary', 'published'],
  'temp-fetched': ['temp'],
  'account-added': ['accounts'],
  'account-removed': ['accounts'],
  'account-updated': ['accounts', 'drafts', 'libraryIds', 'libraryPage', 'librarySummary', 'published', 'temp'],
};

describe('invalidation table', () => {
  it('covers every action', () => {
    expect(Object.keys(INVALIDATES).sort()).toEqual(Object.keys(expected).sort());
  });

  for (const [action, views] of Object.entries(expected) as [AppAction, string[]][]) {
    it(`${action} → ${views.join(', ')}`, async () => {
      const { client, stale } = seeded();
      await invalidateAfter(client, action, 'a');
      expect(stale()).toEqual(views);
    });
  }

  it('a publish re-reads the library index (the 已发表 tab and its count), not only the articles lists', () => {
    expect(keysAfter('publish-settled', 'a')).toContainEqual(libraryKeys.index('a'));
    expect(keysAfter('publish-settled', 'a')).toContainEqual(articleKeys.published('a'));
  });
});

describe('library:changed', () => {
  it('of a draft or a published article re-reads the articles lists too (another window changed them)', () => {
    expect(libraryEventAction('image')).toBe('library-changed');
    expect(libraryEventAction('draft')).toBe('draft-saved');
    expect(libraryEventAction('published')).toBe('publish-settled');
  });
});

describe('queue events', () => {
  const job = (mode: 'permanent' | 'temporary', status: UploadJobView['status']): UploadJobView => ({
    id: `${mode}-${status}`,
    name: 'x.png',
    size: 3,
    mode,
    type: 'image',
    status,
    transferred: 0,
    attempts: 0,
    rev: 1,
  });
  const progress = (jobs: UploadJobView[]) => ({
    accountId: 'a',
    jobs,
    removed: [],
    concurrency: 2,
    hold: null,
    totals,
  });

  it('a permanent upload that completes refreshes the library grid and tab counts; one in flight does not', () => {
    const { client, stale } = seeded();
    queueProgressed(client, progress([job('permanent', 'sending')]));
    expect(stale()).toEqual([]);
    queueProgressed(client, progress([job('permanent', 'done')]));
    expect(stale()).toEqual(['libraryIds', 'libraryPage', 'librarySummary']);
  });

  it('a temporary upload that completes refreshes the temp-media ledger only', () => {
    const { client, stale } = seeded();
    queueProgressed(client, progress([job('temporary', 'done')]));
    expect(stale()).toEqual(['temp']);
  });
});
