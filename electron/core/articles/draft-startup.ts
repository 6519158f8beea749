/**
 * At start, every account that left unfinished draft saves in its journal (electron/core/articles/draft-journal.ts)
 * has them finished in the background (electron/core/articles/draft-recovery.ts), so a replacement
 * interrupted by a crash does not wait for the user's next save. Offline at start: the entries stay and the
 * next save finishes them.
 */
import type { Logger } from '../log';
import { toAppError } from '../wechat/to-app-error';
import type { DraftJournals } from './draft-journal';
import type { DraftService } from './draft-service';

export interface DraftStartupDeps {
  journals: DraftJournals;
  knownAccounts: string[];
  serviceFor(accountId: string): Promise<DraftService>;
  log: Logger;
  /** The draft box of the account changed (lists re-read). */
  changed(accountId: string): void;
}

export async function recoverDraftsAtStart(deps: DraftStartupDeps): Promise<void> {
  for (const accountId of await deps.journals.accountsOnDisk()) {
    if (!deps.knownAccounts.includes(accountId)) continue;
    try {
      const journal = await deps.journals.for(accountId);
      if (journal.pending().length === 0) continue;
      const outcomes = await (await deps.serviceFor(accountId)).recover();
      for (const o of outcomes) deps.log.info('drafts.recovered', { accountId, kind: o.kind });
      if (outcomes.length > 0) deps.changed(accountId);
    } catch (err) {
      deps.log.failure('drafts.recover', toAppError(err), { accountId });
    }
  }
}
