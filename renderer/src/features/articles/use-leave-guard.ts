/**
 * Asks before leaving the articles section with unsaved changes. The section nav belongs to the app
 * shell, so the guard listens (capture phase) for clicks on the other sections' nav buttons and stops
 * them unless the user confirms. The text is autosaved either way; this only avoids surprise.
 */
import { useEffect, useRef } from 'react';

export function useLeaveGuard(dirty: boolean, message: string, flush: () => void): void {
  const state = useRef({ dirty, message, flush });
  useEffect(() => {
    state.current = { dirty, message, flush };
  });
  useEffect(() => {
    const onClick = (e: MouseEvent) => {
      const target = e.target instanceof Element ? e.target.closest('[data-testid^="nav-"]') : null;
      if (!target || target.getAttribute('data-testid') === 'nav-articles' || !state.current.dirty) return;
      state.current.flush();
      if (!window.confirm(state.current.message)) {
        e.preventDefault();
        e.stopPropagation();
      }
    };
    document.addEventListener('click', onClick, true);
    return () => document.removeEventListener('click', onClick, true);
  }, []);
}
