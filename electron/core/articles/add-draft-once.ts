/**
 * draft/add that never makes a second draft: after an ambiguous failure (connection reset after sending, a
 * response timeout, a 5xx or an unreadable body, classified AMBIGUOUS by electron/core/wechat/to-app-error.ts)
 * the draft box is searched for what we sent before anything is sent again; found → that is the result, not
 * found → one more send, itself reconciled the same way. The caller journals the attempt before calling this
 * (electron/core/articles/draft-journal.ts), so a crash in between is reconciled later the same way.
 */
import { appError } from '@shared/errors';
import type { DraftArticleInput, WeChatClient } from '../wechat/client';
import { toAppError } from '../wechat/to-app-error';
import type { DraftFingerprint } from './draft-fingerprint';
import { findSentDraft } from './find-sent-draft';

export interface AddDraftOptions {
  fingerprint: DraftFingerprint;
  startedAt: number;
  exclude?: ReadonlySet<string>;
  /** Wait before listing, so a draft WeChat has just created shows up in draft/batchget. */
  settleMs: number;
  sleep?: (ms: number) => Promise<void>;
}

/** The outcome is not known and the draft box could not be checked: the journal entry stays for later. */
export function unconfirmedError(code: string) {
  return appError(
    'DRAFT_UNCONFIRMED',
    'ambiguous-transport',
    {
      zh: `保存草稿的请求已发出，但没有收到答复（${code}），暂时也无法核对草稿箱。下次保存或重新启动时 SucaiDesk 会先核对草稿箱，不会产生重复草稿；你的内容仍在编辑器中。请检查网络后再保存。`,
      en: `The request to save the draft was sent but no answer came back (${code}), and the draft box could not be checked yet. SucaiDesk checks the draft box before the next save or at the next start, so no duplicate is made; your text is still in the editor. Check the network, then save again.`,
    },
    { details: [code] },
  );
}

const isAmbiguous = (err: unknown): boolean => toAppError(err).code === 'AMBIGUOUS';
const detailOf = (err: unknown): string => toAppError(err).details?.[1] ?? 'AMBIGUOUS';
const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Adds the draft at most once and returns its media_id. Throws the WeChat error when WeChat refused (nothing
 * was created), or DRAFT_UNCONFIRMED when the outcome cannot be known now.
 */
export async function addDraftOnce(
  client: WeChatClient,
  inputs: DraftArticleInput[],
  opts: AddDraftOptions,
): Promise<{ mediaId: string; reconciled: boolean }> {
  const sleep = opts.sleep ?? defaultSleep;
  let lastAmbiguous: unknown;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      return { mediaId: (await client.draft.add(inputs)).mediaId, reconciled: false };
    } catch (err) {
      if (!isAmbiguous(err)) throw err;
      lastAmbiguous = err;
    }
    await sleep(opts.settleMs);
    let found: string | null;
    try {
      found = await findSentDraft(client, opts);
    } catch {
      throw unconfirmedError(detailOf(lastAmbiguous));
    }
    if (found) return { mediaId: found, reconciled: true };
  }
  throw unconfirmedError(detailOf(lastAmbiguous));
}
