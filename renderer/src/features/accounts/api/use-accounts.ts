/** Account hooks: the only place the accounts feature talks to the bridge. */
import { useCallback, useState } from 'react';
import type { Req } from '../../../../../electron/shared/contract';
import type { AppErrorPayload } from '../../../../../electron/shared/errors';
import type { AccountSummary } from '../../../../../electron/shared/models';
import { useNotices } from '../../../components/notices-context';
import { api } from '../../../lib/api';
import { settle } from '../../../lib/app-error';
import { useEnvelopeQuery } from '../../../lib/use-envelope-query';
import type { QueryState } from '../../../lib/use-envelope-query';

export function useAccountsList(): QueryState<AccountSummary[]> {
  const { showError } = useNotices();
  return useEnvelopeQuery('accounts', () => api.accountsList({}), showError);
}

export function useAddAccount() {
  const { showError, clearError } = useNotices();
  const [saving, setSaving] = useState(false);
  const add = useCallback(
    async (req: Req<'accounts:add'>): Promise<AccountSummary | null> => {
      setSaving(true);
      const env = await settle(() => api.accountsAdd(req));
      setSaving(false);
      if (!env.ok) {
        showError(env.error);
        return null;
      }
      clearError();
      return env.value;
    },
    [showError, clearError],
  );
  return { add, saving };
}

export type TestOutcome = { accountId: string } & (
  { ok: true; expiresIn: number } | { ok: false; error: AppErrorPayload }
);

export function useTestAccount() {
  const [testing, setTesting] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<TestOutcome | null>(null);
  const test = useCallback(async (accountId: string) => {
    setTesting(accountId);
    setOutcome(null);
    const env = await settle(() => api.accountsTest({ accountId }));
    setTesting(null);
    setOutcome(
      env.ok ? { accountId, ok: true, expiresIn: env.value.expiresIn } : { accountId, ok: false, error: env.error },
    );
  }, []);
  return { test, testing, outcome };
}

export function useRemoveAccount() {
  const { showError } = useNotices();
  const [removing, setRemoving] = useState(false);
  const remove = useCallback(
    async (accountId: string): Promise<boolean> => {
      setRemoving(true);
      const env = await settle(() => api.accountsRemove({ accountId }));
      setRemoving(false);
      if (!env.ok) showError(env.error);
      return env.ok;
    },
    [showError],
  );
  return { remove, removing };
}
