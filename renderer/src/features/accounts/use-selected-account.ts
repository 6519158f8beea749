import { useCallback, useState } from 'react';
import type { AccountSummary } from '@shared/models';
import { readStorage, writeStorage } from '../../lib/storage';
import { isEnvAccount } from './account-label';

export const ACCOUNT_STORAGE_KEY = 'sucaidesk.account';

/**
 * Which account the app opens on: the one the user last picked, if it still exists; else a real account
 * (the one from the environment first: it was configured for this very run, then the first saved one);
 * the offline demo only when there is no real account.
 */
export function chooseAccount(accounts: readonly AccountSummary[], saved: string | null): string | null {
  if (saved && accounts.some((a) => a.id === saved)) return saved;
  const real = accounts.filter((a) => !a.isDemo);
  return (real.find(isEnvAccount) ?? real[0] ?? accounts[0])?.id ?? null;
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
