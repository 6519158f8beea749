/**
 * Asks with the app's own dialog (components/ConfirmDialog.tsx: labelled, Esc cancels, focus returns)
 * instead of `window.confirm`, which blocks the window, cannot be styled or translated, and is not
 * the app's look. `ask()` resolves true on confirm, false on cancel; render `dialog` once.
 */
import { useCallback, useState, type ReactNode } from 'react';
import { ConfirmDialog } from '../../components/ConfirmDialog';

export interface ConfirmRequest {
  title: string;
  body: ReactNode;
  confirmLabel: string;
  danger?: boolean;
}

interface Pending extends ConfirmRequest {
  resolve: (ok: boolean) => void;
}

export function useConfirm(): { ask: (request: ConfirmRequest) => Promise<boolean>; dialog: ReactNode } {
  const [pending, setPending] = useState<Pending | null>(null);
  const ask = useCallback(
    (request: ConfirmRequest) =>
      new Promise<boolean>((resolve) => {
        setPending((previous) => {
          // A second question replaces the first, which counts as cancelled.
          previous?.resolve(false);
          return { ...request, resolve };
        });
      }),
    [],
  );
  const answer = (ok: boolean) => {
    pending?.resolve(ok);
    setPending(null);
  };
  const dialog = pending ? (
    <ConfirmDialog
      title={pending.title}
      confirmLabel={pending.confirmLabel}
      danger={pending.danger}
      onConfirm={() => answer(true)}
      onCancel={() => answer(false)}
    >
      {pending.body}
    </ConfirmDialog>
  ) : null;
  return { ask, dialog };
}
