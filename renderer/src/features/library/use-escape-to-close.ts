/**
 * Escape closes a non-modal panel (the preview pane) from anywhere on the page, except when a dialog
 * is open (its own Escape comes first: components/ConfirmDialog.tsx stops it) or when Escape has
 * something nearer to do (a search field with text clears it first).
 */
import { useEffect, useRef } from 'react';

function escapeBelongsElsewhere(e: KeyboardEvent): boolean {
  if (e.defaultPrevented) return true;
  const target = e.target instanceof Element ? e.target : null;
  if (target?.closest('dialog, [role="dialog"], [role="alertdialog"]')) return true;
  if (document.querySelector('dialog[open]')) return true;
  return target instanceof HTMLInputElement && target.type === 'search' && target.value !== '';
}

export function useEscapeToClose(onClose: () => void): void {
  const latest = useRef(onClose);
  useEffect(() => {
    latest.current = onClose;
  });
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || escapeBelongsElsewhere(e)) return;
      e.preventDefault();
      latest.current();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
