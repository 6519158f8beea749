import { useCallback, useState } from 'react';
import type { AccountSummary } from '@shared/models';
import { readStorage, writeStorage } from '../../lib/storage';

export const ACCOUNT_STORAGE_KEY = 'sucaidesk.account';

/** Which saved choice wins: the remembered account if it still exists, else the demo account, else the first. */
export function chooseAccount(accounts: readonly AccountSummary[], saved: string | null): string | null {
  if (saved && accounts.some((a) => a.id === saved)) return saved;
  return accounts.find((a) => a.isDemo)?.id ?? accounts[0]?.id ?? null;
}

export function useSelectedAccount(accounts: readonly AccountSummary[] | undefined) {
  const [saved, setSaved] = useState<string | null>(() => readStorage(ACCOUNT_STORAGE_KEY));
  const selectedId = accounts ? chooseAccount(accounts, saved) : null;
  const select = useCallback((id: string) => {
    setSaved(id);
    writeStorage(ACCOUNT_STORAGE_KEY, id);
  }, []);
  return { selectedId, select };
}
