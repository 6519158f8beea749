/**
 * Finishing what an interrupted draft save left in the journal (electron/core/articles/draft-journal.ts),
 * at the next save of the account and at start. The rule for a changed article count is "never neither,
 * never both unexplained":
 * - the new draft was not created → the old one is kept (the edit is still in the editor's autosave);
 * - the new draft exists and matches what was sent → the old one is deleted;
 * - the new draft exists but no longer matches (edited elsewhere since) → both are kept, and the user is told.
 * Network failures leave the entry in place for the next attempt.
 */
import { WeChatApiError } from '../wechat/errors';
import type { WeChatClient } from '../wechat/client';
import { draftMatches, type DraftFingerprint } from './draft-fingerprint';
import type { DraftJournal, DraftJournalEntry } from './draft-journal';
import { findSentDraft } from './find-sent-draft';

/** An entry this old is given up (logged by the caller): a permanent refusal must not block saves forever. */
export const ENTRY_MAX_AGE_MS = 7 * 24 * 3600 * 1000;

export type RecoveryOutcome =
  /** An interrupted new-draft save had created `mediaId`. */
  | { kind: 'add-found'; mediaId: string; titles: string[]; fingerprint: DraftFingerprint }
  /** An interrupted new-draft save had not reached WeChat. */
  | { kind: 'add-missing'; titles: string[] }
  /** The replacement finished: `mediaId` replaces `oldMediaId`, which is gone. */
  | { kind: 'replace-finished'; oldMediaId: string; mediaId: string; titles: string[] }
  /** The replacement was never created: the old draft is kept as it was. */
  | { kind: 'replace-kept-old'; oldMediaId: string; titles: string[] }
  /** The replacement exists but differs from what was sent: both are kept. */
  | { kind: 'replace-both-kept'; oldMediaId: string; mediaId: string; titles: string[] }
  | { kind: 'expired'; titles: string[] };

const isGone = (err: unknown) => err instanceof WeChatApiError && err.errcode === 40007;

/**
 * Verifies the new draft (draft/get matches what was sent), then deletes the old one ("already gone" is
 * fine). Throws on network failures, so the caller keeps its journal entry.
 */
export async function finishReplace(
  client: WeChatClient,
  step: { oldMediaId: string; newMediaId: string; fingerprint: DraftFingerprint },
): Promise<'finished' | 'new-missing' | 'unverified'> {
  let stored;
  try {
    stored = await client.draft.get(step.newMediaId);
  } catch (err) {
    if (isGone(err)) return 'new-missing';
    throw err;
  }
  if (!draftMatches(step.fingerprint, stored.newsItems)) return 'unverified';
  try {
    await client.draft.delete(step.oldMediaId);
  } catch (err) {
    if (!isGone(err)) throw err;
  }
  return 'finished';
}

const titlesOf = (e: DraftJournalEntry) => e.fingerprint.map((a) => a.title);

/** Drafts other entries already own: never the answer for this one. */
function ownedByOthers(journal: DraftJournal, entry: DraftJournalEntry): Set<string> {
  const ids = new Set<string>();
  for (const e of journal.pending()) {
    if (e.op !== 'replace') continue;
    ids.add(e.oldMediaId);
    if (e.id !== entry.id && e.newMediaId) ids.add(e.newMediaId);
  }
  return ids;
}

async function recoverEntry(
  client: WeChatClient,
  journal: DraftJournal,
  entry: DraftJournalEntry,
): Promise<RecoveryOutcome> {
  const titles = titlesOf(entry);
  const exclude = ownedByOthers(journal, entry);
  if (entry.op === 'add') {
    const found = await findSentDraft(client, { ...entry, exclude });
    await journal.remove(entry.id);
    return found
      ? { kind: 'add-found', mediaId: found, titles, fingerprint: entry.fingerprint }
      : { kind: 'add-missing', titles };
  }
  let newMediaId = entry.newMediaId;
  if (!newMediaId) {
    const found = await findSentDraft(client, { ...entry, exclude });
    if (!found) {
      await journal.remove(entry.id);
      return { kind: 'replace-kept-old', oldMediaId: entry.oldMediaId, titles };
    }
    newMediaId = found;
    await journal.put({ ...entry, newMediaId });
  }
  const result = await finishReplace(client, { ...entry, newMediaId });
  await journal.remove(entry.id);
  if (result === 'finished')
    return { kind: 'replace-finished', oldMediaId: entry.oldMediaId, mediaId: newMediaId, titles };
  if (result === 'new-missing') return { kind: 'replace-kept-old', oldMediaId: entry.oldMediaId, titles };
  return { kind: 'replace-both-kept', oldMediaId: entry.oldMediaId, mediaId: newMediaId, titles };
}

/**
 * Recovers every pending entry, oldest first. Call inside `journal.exclusive` so no save of the account is
 * in flight. A failure (network down) stops here and leaves the remaining entries for next time.
 */
export async function recoverPending(
  client: WeChatClient,
  journal: DraftJournal,
  now: () => number = Date.now,
): Promise<RecoveryOutcome[]> {
  const outcomes: RecoveryOutcome[] = [];
  const entries = journal.pending().sort((a, b) => a.startedAt - b.startedAt);
  for (const entry of entries) {
    if (now() - entry.startedAt > ENTRY_MAX_AGE_MS) {
      await journal.remove(entry.id);
      outcomes.push({ kind: 'expired', titles: titlesOf(entry) });
      continue;
    }
    outcomes.push(await recoverEntry(client, journal, entry));
  }
  return outcomes;
}
