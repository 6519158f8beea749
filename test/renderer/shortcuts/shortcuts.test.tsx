/**
 * The keyboard dispatcher and the `?` overlay (features/shortcuts): a key runs its command's handler,
 * a text field keeps its keys, a modal dialog owns the keyboard, the desktop menu's `app:command`
 * runs the same handlers.
 */
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emit, fake, resetFake } from '../fake-api';

window.api = fake;

const { I18nProvider } = await import('../../../renderer/src/i18n');
const { ShortcutsHelp } = await import('../../../renderer/src/features/shortcuts/ShortcutsHelp');
const { useShortcutKeys } = await import('../../../renderer/src/features/shortcuts/use-shortcut-keys');
const { useAppCommands } = await import('../../../renderer/src/features/shortcuts/api/use-app-commands');
const { useCommand } = await import('../../../renderer/src/features/shortcuts/use-command');
const { resetCommands } = await import('../../../renderer/src/features/shortcuts/command-bus');

const onSearch = vi.fn();
const onPreview = vi.fn();

function Harness() {
  useShortcutKeys();
  useAppCommands();
  useCommand('search', onSearch);
  useCommand('preview', onPreview);
  return (
    <>
      <label>
        name
        <input type="search" />
      </label>
      <button type="button">a button</button>
      <ShortcutsHelp />
    </>
  );
}

function renderHarness(lang: 'zh-CN' | 'en' = 'zh-CN') {
  render(
    <I18nProvider initialLang={lang}>
      <Harness />
    </I18nProvider>,
  );
}

describe('keyboard shortcuts', () => {
  beforeEach(() => {
    resetFake();
    resetCommands();
    onSearch.mockReset();
    onPreview.mockReset();
  });
  afterEach(cleanup);

  it('runs a command from its key and keeps the key from the browser', () => {
    renderHarness();
    const ev = new KeyboardEvent('keydown', { key: 'f', ctrlKey: true, bubbles: true, cancelable: true });
    document.body.dispatchEvent(ev);
    expect(onSearch).toHaveBeenCalledTimes(1);
    expect(ev.defaultPrevented).toBe(true);
  });

  it('leaves a key alone when nothing handles its command (the browser keeps Ctrl+R)', () => {
    renderHarness();
    const ev = new KeyboardEvent('keydown', { key: 'r', ctrlKey: true, bubbles: true, cancelable: true });
    document.body.dispatchEvent(ev);
    expect(ev.defaultPrevented).toBe(false);
  });

  it('lets a text field keep ? and Space, a button keep Space, but Ctrl+F works from the field', () => {
    renderHarness();
    const field = screen.getByRole('searchbox', { name: 'name' });
    fireEvent.keyDown(field, { key: '?', shiftKey: true });
    fireEvent.keyDown(field, { key: ' ' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(onPreview).not.toHaveBeenCalled();
    fireEvent.keyDown(screen.getByRole('button', { name: 'a button' }), { key: ' ' });
    expect(onPreview).not.toHaveBeenCalled();
    fireEvent.keyDown(field, { key: 'f', ctrlKey: true });
    expect(onSearch).toHaveBeenCalledTimes(1);
    fireEvent.keyDown(document.body, { key: ' ' });
    expect(onPreview).toHaveBeenCalledTimes(1);
  });

  it('opens the ? overlay listing every command with a key; a modal owns the keyboard', () => {
    renderHarness();
    fireEvent.keyDown(document.body, { key: '?', shiftKey: true });
    const dialog = screen.getByRole('dialog', { name: '键盘快捷键' });
    const rows = within(dialog).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.getAttribute('data-command'))).toEqual([
      'upload-files',
      'upload-folder',
      'new-article',
      'save-draft',
      'sync',
      'search',
      'select-all',
      'delete-selection',
      'preview',
      'open',
      'close',
      'settings',
      'shortcuts-help',
    ]);
    expect(within(dialog).getByRole('rowheader', { name: '上传文件' }).parentElement?.textContent).toContain('Ctrl+U');
    expect(dialog.textContent).toContain('Backspace');
    // While the overlay is open, the page's commands wait.
    fireEvent.keyDown(document.body, { key: 'f', ctrlKey: true });
    expect(onSearch).not.toHaveBeenCalled();
    fireEvent.click(within(dialog).getByRole('button', { name: '关闭' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('speaks English in the overlay', () => {
    renderHarness('en');
    fireEvent.keyDown(document.body, { key: '?', shiftKey: true });
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(within(dialog).getByRole('rowheader', { name: 'Upload files' })).toBeTruthy();
  });

  it("runs the desktop menu's app:command through the same handlers", () => {
    renderHarness();
    act(() => emit('app:command', { id: 'search' }));
    expect(onSearch).toHaveBeenCalledTimes(1);
    act(() => emit('app:command', { id: 'shortcuts-help' }));
    expect(screen.getByRole('dialog', { name: '键盘快捷键' })).toBeTruthy();
  });
});
