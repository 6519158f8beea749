/**
 * The one keyboard dispatcher: a key that names a command (keys.ts) runs it through the command bus,
 * unless the focused field owns the key, a modal dialog is open (it owns the keyboard), or no screen
 * handles the command now (the key keeps its usual meaning, e.g. the browser's own Ctrl+F).
 */
import { useEffect } from 'react';
import { canRun, runCommand } from './command-bus';
import { focusKind } from './focus-kind';
import { commandForKey } from './keys';
import { isMacPlatform } from './platform';

export function useShortcutKeys(): void {
  useEffect(() => {
    const mac = isMacPlatform();
    const onKeyDown = (e: KeyboardEvent) => {
      // A handler nearer the focus (the grid's Space and Enter, a dialog's Escape) took the key first.
      if (e.defaultPrevented || e.isComposing || e.repeat) return;
      if (document.querySelector('dialog[open]')) return;
      const target = e.target instanceof Element ? e.target : document.activeElement;
      const id = commandForKey(e, mac, focusKind(target));
      if (!id || !canRun(id)) return;
      e.preventDefault();
      runCommand(id);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
