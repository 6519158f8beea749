/** The ARIA context menu (features/context-menu/ContextMenu.tsx): keys, choosing, closing, focus back. */
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContextMenu } from '../../../renderer/src/features/context-menu/ContextMenu';

function Harness({ onCopy }: { onCopy: () => void }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        card
      </button>
      {open && (
        <ContextMenu
          label="Actions for cat.jpg"
          at={{ x: 10, y: 10 }}
          entries={[
            { id: 'preview', label: 'Preview', onSelect: vi.fn() },
            { id: 'copy', label: 'Copy media_id', onSelect: onCopy },
            { id: 'delete', label: 'Delete…', danger: true, separatorBefore: true, onSelect: vi.fn() },
          ]}
          onClose={() => setOpen(false)}
        />
      )}
    </>
  );
}

describe('context menu', () => {
  afterEach(cleanup);

  it('focuses the first entry, moves with arrows (wrapping) and letters, Escape closes and focus returns', () => {
    render(<Harness onCopy={vi.fn()} />);
    const opener = screen.getByRole('button', { name: 'card' });
    opener.focus();
    fireEvent.click(opener);
    const menu = screen.getByRole('menu', { name: 'Actions for cat.jpg' });
    const items = screen.getAllByRole('menuitem');
    expect(items.map((i) => i.textContent)).toEqual(['Preview', 'Copy media_id', 'Delete…']);
    expect(document.activeElement).toBe(items[0]);
    fireEvent.keyDown(menu, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(items[1]);
    fireEvent.keyDown(menu, { key: 'ArrowUp' });
    fireEvent.keyDown(menu, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(items[2]);
    fireEvent.keyDown(menu, { key: 'p' });
    expect(document.activeElement).toBe(items[0]);
    fireEvent.keyDown(menu, { key: 'Escape' });
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });

  it('runs the chosen entry with focus back on the opener', () => {
    const onCopy = vi.fn(() => expect(document.activeElement?.textContent).toBe('card'));
    render(<Harness onCopy={onCopy} />);
    const opener = screen.getByRole('button', { name: 'card' });
    opener.focus();
    fireEvent.click(opener);
    fireEvent.click(screen.getByRole('menuitem', { name: 'Copy media_id' }));
    expect(onCopy).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('menu')).toBeNull();
  });
});
