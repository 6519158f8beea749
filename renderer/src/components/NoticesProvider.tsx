/**
 * Holds the one error banner and the one toast, each tagged with the scope (screen) that raised it
 * (notices-context.ts). <NoticeScope> marks a screen: notices raised by the components inside it carry
 * its scope, and while it is mounted it is the screen on show, so notices of any other screen are
 * dropped. Toasts raised outside every scope (the header) belong to the app and survive a change of
 * screen; errors raised there (ServerStateProvider's failed queries) belong to the screen on show.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import type { AppErrorPayload } from '@shared/errors';
import { NoticesContext, type NoticesValue, type ToastState, type ToastTone } from './notices-context';

/** null: the app (no screen). */
type Scope = string | null;

interface Store {
  active: Scope;
  setActive: (scope: Scope) => void;
  error: { payload: AppErrorPayload; scope: Scope } | null;
  toast: (ToastState & { scope: Scope }) | null;
  showError: (scope: Scope | typeof ACTIVE, error: AppErrorPayload) => void;
  clearError: () => void;
  showToast: (scope: Scope, text: string, tone: ToastTone) => void;
  closeToast: () => void;
}

const StoreContext = createContext<Store | null>(null);

/** "Whichever screen is on show when the notice is raised." */
const ACTIVE = Symbol('active screen');

function visible<T extends { scope: Scope }>(notice: T | null, active: Scope): T | null {
  return notice && (notice.scope === null || notice.scope === active) ? notice : null;
}

/**
 * The notices as seen from `scope`: what it raises is tagged with it. Outside every screen (`undefined`),
 * a toast belongs to the app (the header's "account added" must survive the switch to that account), but
 * an error belongs to the screen on show: it is a failed query of that screen (ServerStateProvider).
 */
function useScopedValue(store: Store, scope: Scope | undefined): NoticesValue {
  const { active, error, toast, showError, clearError, showToast, closeToast } = store;
  const shownError = visible(error, active)?.payload ?? null;
  const shownToast = visible(toast, active);
  return useMemo(
    () => ({
      error: shownError,
      showError: (e: AppErrorPayload) => showError(scope === undefined ? ACTIVE : scope, e),
      clearError,
      toast: shownToast ? { id: shownToast.id, text: shownToast.text, tone: shownToast.tone } : null,
      showToast: (text: string, options?: { tone?: ToastTone }) =>
        showToast(scope ?? null, text, options?.tone ?? 'info'),
      closeToast,
    }),
    [scope, shownError, shownToast, showError, clearError, showToast, closeToast],
  );
}

export function NoticesProvider({ children }: { children?: ReactNode }) {
  const [active, setActiveState] = useState<Scope>(null);
  const [error, setError] = useState<Store['error']>(null);
  const [toast, setToast] = useState<Store['toast']>(null);

  const setActive = useCallback((scope: Scope) => {
    activeRef.current = scope;
    setActiveState(scope);
    // A screen change drops what another screen raised; the app's own notices stay.
    const keep = <T extends { scope: Scope }>(n: T | null) => (n && (n.scope === null || n.scope === scope) ? n : null);
    setError(keep);
    setToast(keep);
  }, []);
  const activeRef = useRef<Scope>(null);
  const showError = useCallback(
    (scope: Scope | typeof ACTIVE, payload: AppErrorPayload) =>
      setError({ payload, scope: scope === ACTIVE ? activeRef.current : scope }),
    [],
  );
  const clearError = useCallback(() => setError(null), []);
  const showToast = useCallback(
    (scope: Scope, text: string, tone: ToastTone) =>
      setToast((prev) => ({ id: (prev?.id ?? 0) + 1, text, tone, scope })),
    [],
  );
  const closeToast = useCallback(() => setToast(null), []);

  const store = useMemo<Store>(
    () => ({ active, setActive, error, toast, showError, clearError, showToast, closeToast }),
    [active, setActive, error, toast, showError, clearError, showToast, closeToast],
  );
  const value = useScopedValue(store, undefined);
  return (
    <StoreContext.Provider value={store}>
      <NoticesContext.Provider value={value}>{children}</NoticesContext.Provider>
    </StoreContext.Provider>
  );
}

/**
 * One screen (e.g. `${accountId}/library`). While mounted it is the screen on show; a new `scope`
 * (another section or account) drops the notices of the previous one.
 */
export function NoticeScope({ scope, children }: { scope: string; children?: ReactNode }) {
  const store = useContext(StoreContext);
  if (!store) throw new Error('<NoticeScope> must be used inside <NoticesProvider>');
  const { setActive } = store;
  useEffect(() => {
    setActive(scope);
    return () => setActive(null);
  }, [scope, setActive]);
  const value = useScopedValue(store, scope);
  return <NoticesContext.Provider value={value}>{children}</NoticesContext.Provider>;
}
