/**
 * Opens the window where it was on this display arrangement and records where it goes: window-state.ts
 * decides, this reads Electron's `screen` and the window. Saves are debounced while the user drags
 * or resizes and made at once on close; quitting waits for the core's flush (flush-on-quit.ts), which
 * leaves the last write the time it needs.
 */
import type { BrowserWindow } from 'electron';
import { placeToRestore, recordPlace, type DisplayLike, type Rect, type WindowState } from './window-state';

/** The parts of Electron's `screen` this reads (its Display objects carry more). */
interface ScreenLike {
  getAllDisplays(): DisplayLike[];
  getDisplayMatching(rect: Rect): DisplayLike;
}
type TrackedWindow = Pick<BrowserWindow, 'getNormalBounds' | 'isMaximized' | 'isDestroyed'> & {
  on(event: 'resize' | 'move' | 'maximize' | 'unmaximize' | 'close', listener: () => void): unknown;
};

/** Bounds for the BrowserWindow options, and whether to maximize once shown; {} keeps the defaults. */
export function restoredWindowPlace(state: WindowState, screen: ScreenLike): { bounds?: Rect; maximized: boolean } {
  const place = placeToRestore(state, screen.getAllDisplays());
  return place ? { bounds: place.bounds, maximized: place.maximized } : { maximized: false };
}

export function trackWindowState(
  win: TrackedWindow,
  screen: ScreenLike,
  initial: WindowState,
  save: (state: WindowState) => Promise<void>,
  onError: (err: unknown) => void,
  debounceMs = 500,
): void {
  let state = initial;
  let timer: NodeJS.Timeout | undefined;
  // One write at a time, in order: two overlapping atomic writes could land the older one last.
  let writing: Promise<void> = Promise.resolve();
  const capture = () => {
    if (win.isDestroyed()) return;
    // Normal bounds: a maximized window remembers the size it returns to.
    const bounds = win.getNormalBounds();
    state = recordPlace(state, screen.getDisplayMatching(bounds), bounds, win.isMaximized());
    const snapshot = state;
    writing = writing.then(() => save(snapshot)).catch(onError);
  };
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(capture, debounceMs);
  };
  for (const event of ['resize', 'move', 'maximize', 'unmaximize'] as const) win.on(event, later);
  win.on('close', () => {
    clearTimeout(timer);
    capture();
  });
}
