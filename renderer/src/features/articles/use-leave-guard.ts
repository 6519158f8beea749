/**
 * Asks before leaving the articles section with unsaved changes. The section nav belongs to the app
 * shell, so the guard listens (capture phase) for clicks on the other sections' nav buttons, stops
 * them while it asks with the app's dialog, and repeats the click when the user confirms. The text is
 * autosaved either way; this only avoids surprise.
 */
import { useEffect, useRef } from 'react';

export function useLeaveGuard(dirty: boolean, ask: () => Promise<boolean>, flush: () => void): void {
  const state = useRef({ dirty, ask, flush });
  useEffect(() => {
    state.current = { dirty, ask, flush };
  });
  useEffect(() => {
    // The repeated click of a confirmed leave passes through once.
    let allowed: Element | null = null;
    const onClick = (e: MouseEvent) => {
      const target = e.target instanceof Element ? e.target.closest('[data-testid^="nav-"]') : null;
      if (!target || target.getAttribute('data-testid') === 'nav-articles' || !state.current.dirty) return;
      if (allowed === target) {
        allowed = null;
        return;
      }
      e.preventDefault();
      e.stopPropagation();
      state.current.flush();
      void state.current.ask().then((ok) => {
        if (!ok || !(target instanceof HTMLElement) || !target.isConnected) return;
        allowed = target;
        target.click();
      });
    };
    document.addEventListener('click', onClick, true);
    return () => document.removeEventListener('click', onClick, true);
  }, []);
}
