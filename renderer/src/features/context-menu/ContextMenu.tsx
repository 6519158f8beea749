import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import './context-menu.css';

export interface MenuEntry {
  id: string;
  label: string;
  onSelect: () => void;
  danger?: boolean;
  /** Drawn before the entry: a line between groups. */
  separatorBefore?: boolean;
}

interface ContextMenuProps {
  /** The menu's accessible name (the item it acts on). */
  label: string;
  /** Where it opens: the pointer, or the focused element's corner for the Menu key / Shift+F10. */
  at: { x: number; y: number };
  entries: MenuEntry[];
  /** Escape, Tab, a click elsewhere or a chosen entry: the parent unmounts the menu. */
  onClose: () => void;
  testId?: string;
}

/**
 * A context menu as the WAI-ARIA menu pattern: role=menu of role=menuitem, focus on the first entry,
 * arrows (wrapping), Home/End and first letters move, Enter/Space choose, Escape and Tab close; focus
 * goes back to where it was (the card) when the menu closes. A click outside closes it too. Rendered
 * in <body> so the grid's own keys and clipping do not reach it.
 */
export function ContextMenu({ label, at, entries, onClose, testId = 'context-menu' }: ContextMenuProps) {
  const menuRef = useRef<HTMLDivElement>(null);
  const [pos, setPos] = useState(at);
  const onCloseRef = useRef(onClose);
  const opener = useRef<HTMLElement | null>(null);
  useEffect(() => {
    onCloseRef.current = onClose;
  });

  // Kept inside the window: a menu opened near the right or bottom edge opens to the left or above.
  useLayoutEffect(() => {
    const menu = menuRef.current;
    if (!menu) return;
    const { width, height } = menu.getBoundingClientRect();
    setPos({
      x: Math.max(4, Math.min(at.x, window.innerWidth - width - 4)),
      y: Math.max(4, Math.min(at.y, window.innerHeight - height - 4)),
    });
  }, [at]);

  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    opener.current = previous;
    const menu = menuRef.current;
    menu?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const onPointerDown = (e: PointerEvent) => {
      if (!menu?.contains(e.target as Node)) onCloseRef.current();
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown, true);
      // Back to the opener, unless the chosen entry moved focus somewhere on purpose (a dialog).
      const active = document.activeElement;
      if (previous?.isConnected && (!active || active === document.body || menu?.contains(active))) previous.focus();
    };
  }, []);

  const items = () => Array.from(menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? []);
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const list = items();
    const i = list.indexOf(document.activeElement as HTMLElement);
    const move = (to: number) => list[(to + list.length) % list.length]?.focus();
    // The menu owns every key while open: nothing reaches the grid or the app's shortcuts.
    e.stopPropagation();
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        return move(i + 1);
      case 'ArrowUp':
        e.preventDefault();
        return move(i - 1);
      case 'Home':
        e.preventDefault();
        return move(0);
      case 'End':
        e.preventDefault();
        return move(list.length - 1);
      case 'Escape':
      case 'Tab':
        e.preventDefault();
        return onClose();
      default:
        if (e.key.length === 1 && e.key !== ' ' && !e.ctrlKey && !e.metaKey && !e.altKey) {
          const from = i + 1;
          const order = [...list.slice(from), ...list.slice(0, from)];
          order.find((el) => el.textContent?.trim().toLowerCase().startsWith(e.key.toLowerCase()))?.focus();
        }
    }
  };

  return createPortal(
    <div
      ref={menuRef}
      className="context-menu"
      role="menu"
      aria-label={label}
      data-testid={testId}
      style={{ left: pos.x, top: pos.y }}
      onKeyDown={onKeyDown}
      onContextMenu={(e) => e.preventDefault()}
    >
      {entries.map((entry) => (
        <div key={entry.id} role="none">
          {entry.separatorBefore && <div role="separator" className="context-menu-separator" />}
          <button
            type="button"
            role="menuitem"
            tabIndex={-1}
            className={entry.danger ? 'context-menu-item context-menu-item--danger' : 'context-menu-item'}
            data-command={entry.id}
            onClick={() => {
              // Focus is back on the opener before the entry runs: a dialog or the preview it opens
              // returns focus there, not to a menu that is gone.
              if (opener.current?.isConnected) opener.current.focus();
              onClose();
              entry.onSelect();
            }}
          >
            {entry.label}
          </button>
        </div>
      ))}
    </div>,
    document.body,
  );
}
