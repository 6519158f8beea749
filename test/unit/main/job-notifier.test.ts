import { describe, expect, it, vi } from 'vitest';
import { createJobNotifier, type NotifierDeps } from '../../../electron/main/job-notifier';
import { bulk, request } from './shell-fixtures';

function fakeElectron(focused: boolean, supported = true) {
  const notes: {
    text: { title: string; body: string };
    handlers: Record<string, () => void>;
    show: ReturnType<typeof vi.fn>;
  }[] = [];
  const win = {
    isDestroyed: () => false,
    isFocused: vi.fn(() => focused),
    isMinimized: vi.fn(() => true),
    restore: vi.fn(),
    show: vi.fn(),
    focus: vi.fn(),
  };
  const deps: NotifierDeps = {
    supported: () => supported,
    create: (text) => {
      const note = { text, handlers: {} as Record<string, () => void>, show: vi.fn() };
      notes.push(note);
      return { on: (event, fn) => (note.handlers[event] = fn), show: note.show };
    },
    window: () => win,
    language: () => 'zh-CN',
  };
  return { deps, notes, win };
}

const longBackup = request(
  'library:backup',
  { folder: '/b', manifest: '/b/m', fetched: 2, skipped: 0, failed: [] },
  0,
  12_000,
);

describe('createJobNotifier (fake electron)', () => {
  it('shows a notification when a long job ends while the window is not focused; clicking brings the window back', () => {
    const { deps, notes, win } = fakeElectron(false);
    const observe = createJobNotifier(deps);
    observe(bulk('backup', 1, 2)); // progress alone tells nothing
    expect(notes).toHaveLength(0);
    observe(longBackup);
    expect(notes).toHaveLength(1);
    expect(notes[0].text).toEqual({ title: '备份完成', body: '新保存 2 个，未变 0 个。' });
    expect(notes[0].show).toHaveBeenCalled();
    notes[0].handlers.click();
    expect(win.restore).toHaveBeenCalled();
    expect(win.show).toHaveBeenCalled();
    expect(win.focus).toHaveBeenCalled();
  });

  it('stays quiet when the window is focused, the job was short, or the OS has no notifications', () => {
    const focused = fakeElectron(true);
    createJobNotifier(focused.deps)(longBackup);
    expect(focused.notes).toHaveLength(0);

    const short = fakeElectron(false);
    createJobNotifier(short.deps)(
      request('library:backup', { folder: '/b', manifest: '/b/m', fetched: 2, skipped: 0, failed: [] }, 0, 9_999),
    );
    expect(short.notes).toHaveLength(0);

    const unsupported = fakeElectron(false, false);
    createJobNotifier(unsupported.deps)(longBackup);
    expect(unsupported.notes).toHaveLength(0);
  });
});
