/** Account hooks: the only place the accounts feature talks to the bridge. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Req } from '@shared/contract';
import type { AppErrorPayload } from '@shared/errors';
import type { AccountSummary } from '@shared/models';
import { useNotices } from '../../../components/notices-context';
import { api } from '../../../lib/api';
import { callBridge } from '../../../lib/query/bridge-call';
import { invalidateAfter } from '../../../lib/query/invalidation';
import { accountKeys } from '../../../lib/query/keys';
import { forgetAccount } from '../../articles/autosave';

export function useAccountsList() {
  return useQuery({ queryKey: accountKeys.list(), queryFn: () => callBridge(() => api.accountsList({})) });
}

export function useAddAccount() {
  const client = useQueryClient();
  const { showError, clearError } = useNotices();
  const mutation = useMutation({
    mutationFn: (req: Req<'accounts:add'>) => callBridge(() => api.accountsAdd(req)),
    onSuccess: () => {
      clearError();
      return invalidateAfter(client, 'account-added', '');
    },
    onError: (e) => showError(e.payload),
  });
  const add = (req: Req<'accounts:add'>): Promise<AccountSummary | null> => mutation.mutateAsync(req).catch(() => null);
  return { add, saving: mutation.isPending };
}

/** Saves an edit (accounts:update); resolves the saved account, or null after showing the error. */
export function useUpdateAccount() {
  const client = useQueryClient();
  const { showError, clearError } = useNotices();
  const mutation = useMutation({
    mutationFn: (req: Req<'accounts:update'>) => callBridge(() => api.accountsUpdate(req)),
    onSuccess: (_res, req) => {
      clearError();
      return invalidateAfter(client, 'account-updated', req.accountId);
    },
    onError: (e) => showError(e.payload),
  });
  const update = (req: Req<'accounts:update'>): Promise<AccountSummary | null> =>
    mutation.mutateAsync(req).catch(() => null);
  return { update, saving: mutation.isPending };
}

export type TestOutcome = { accountId: string } & (
  { ok: true; expiresIn: number } | { ok: false; error: AppErrorPayload }
);

/** The connection test; its outcome is shown next to the account (AccountStatus), not in the banner. */
export function useTestAccount() {
  const mutation = useMutation({
    mutationFn: (accountId: string) => callBridge(() => api.accountsTest({ accountId })),
  });
  const accountId = mutation.variables;
  let outcome: TestOutcome | null = null;
  if (accountId !== undefined && mutation.isSuccess)
    outcome = { accountId, ok: true, expiresIn: mutation.data.expiresIn };
  else if (accountId !== undefined && mutation.isError)
    outcome = { accountId, ok: false, error: mutation.error.payload };
  return {
    test: (id: string) => mutation.mutate(id),
    testing: mutation.isPending ? (accountId ?? null) : null,
    outcome,
  };
}

export function useRemoveAccount() {
  const client = useQueryClient();
  const { showError } = useNotices();
  const mutation = useMutation({
    mutationFn: (accountId: string) => callBridge(() => api.accountsRemove({ accountId })),
    onSuccess: (_res, accountId) => {
      // The editor's local copies of this account's drafts go with it (the confirmation says so).
      forgetAccount(accountId);
      return invalidateAfter(client, 'account-removed', accountId);
    },
    onError: (e) => showError(e.payload),
  });
  const remove = (accountId: string): Promise<boolean> =>
    mutation.mutateAsync(accountId).then(
      () => true,
      () => false,
    );
  return { remove, removing: mutation.isPending };
}
