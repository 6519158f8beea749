/** App-wide notices: the one error banner and the toast, shared through context. */
import { useCallback, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import type { AppErrorPayload } from '@shared/errors';
import { NoticesContext } from './notices-context';
import type { ToastState } from './notices-context';

export function NoticesProvider({ children }: { children?: ReactNode }) {
  const [error, setError] = useState<AppErrorPayload | null>(null);
  const [toast, setToast] = useState<ToastState | null>(null);

  const showError = useCallback((e: AppErrorPayload) => setError(e), []);
  const clearError = useCallback(() => setError(null), []);
  const showToast = useCallback((text: string) => setToast((prev) => ({ id: (prev?.id ?? 0) + 1, text })), []);
  const closeToast = useCallback(() => setToast(null), []);

  const value = useMemo(
    () => ({ error, showError, clearError, toast, showToast, closeToast }),
    [error, showError, clearError, toast, showToast, closeToast],
  );
  return <NoticesContext.Provider value={value}>{children}</NoticesContext.Provider>;
}
