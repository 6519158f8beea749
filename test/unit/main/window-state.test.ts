import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  EMPTY_WINDOW_STATE,
  displayKey,
  isVisibleOn,
  parseWindowState,
  placeToRestore,
  recordPlace,
  type DisplayLike,
} from '../../../electron/main/window-state';
import { restoredWindowPlace, trackWindowState } from '../../../electron/main/window-state-glue';
import { readSettingsText, writeSettings } from '../../../electron/main/json-settings-file';

const laptop: DisplayLike = {
  id: 1,
  bounds: { x: 0, y: 0, width: 1440, height: 900 },
  workArea: { x: 0, y: 25, width: 1440, height: 875 },
};
const monitor: DisplayLike = {
  id: 2,
  bounds: { x: 1440, y: 0, width: 2560, height: 1440 },
  workArea: { x: 1440, y: 0, width: 2560, height: 1400 },
};

describe('window state (pure)', () => {
  it('remembers a place per display arrangement and restores the last one used', () => {
    let state = recordPlace(EMPTY_WINDOW_STATE, laptop, { x: 10, y: 40, width: 1200, height: 800 }, false);
    state = recordPlace(state, monitor, { x: 1600, y: 100, width: 2000, height: 1200 }, true);
    expect(Object.keys(state.places)).toEqual([displayKey(laptop), displayKey(monitor)]);
    expect(placeToRestore(state, [laptop, monitor])).toEqual({
      bounds: { x: 1600, y: 100, width: 2000, height: 1200 },
      maximized: true,
    });
    // Undocked: the monitor's place is not restored, the laptop's is.
    expect(placeToRestore(state, [laptop])).toEqual({
      bounds: { x: 10, y: 40, width: 1200, height: 800 },
      maximized: false,
    });
  });

  it('a display whose resolution changed is another arrangement', () => {
    const state = recordPlace(EMPTY_WINDOW_STATE, laptop, { x: 10, y: 40, width: 1200, height: 800 }, false);
    const scaled = {
      ...laptop,
      bounds: { ...laptop.bounds, width: 1280 },
      workArea: { ...laptop.workArea, width: 1280 },
    };
    expect(placeToRestore(state, [scaled])).toBeNull();
  });

  it('never restores a place whose title bar is off every current work area', () => {
    // Saved on the laptop key, but the window sat where the (now absent) monitor was.
    const state = recordPlace(EMPTY_WINDOW_STATE, laptop, { x: 1600, y: 100, width: 800, height: 600 }, false);
    expect(placeToRestore(state, [laptop])).toBeNull();
    expect(isVisibleOn({ x: 1380, y: 100, width: 800, height: 600 }, [laptop])).toBe(false); // 60 px: too little to grab
    expect(isVisibleOn({ x: 1300, y: 100, width: 800, height: 600 }, [laptop])).toBe(true);
    expect(isVisibleOn({ x: 100, y: -500, width: 800, height: 600 }, [laptop])).toBe(false); // title bar above the screen
  });

  it('keeps at most 12 arrangements, forgetting the oldest', () => {
    let state = EMPTY_WINDOW_STATE;
    for (let id = 1; id <= 15; id++)
      state = recordPlace(state, { ...laptop, id }, { x: 0, y: 30, width: 900, height: 600 }, false);
    expect(Object.keys(state.places)).toHaveLength(12);
    expect(state.places[displayKey({ ...laptop, id: 1 })]).toBeUndefined();
    expect(state.last).toBe(displayKey({ ...laptop, id: 15 }));
  });

  it('reads a damaged or foreign file as a fresh start', () => {
    expect(parseWindowState(null)).toEqual(EMPTY_WINDOW_STATE);
    expect(parseWindowState('{not json')).toEqual(EMPTY_WINDOW_STATE);
    expect(parseWindowState(JSON.stringify({ version: 1, last: null, places: { k: { bounds: { x: 'a' } } } }))).toEqual(
      EMPTY_WINDOW_STATE,
    );
    const good = recordPlace(EMPTY_WINDOW_STATE, laptop, { x: 1, y: 30, width: 900, height: 600 }, false);
    expect(parseWindowState(JSON.stringify(good))).toEqual(good);
  });
});

describe('window state glue (fake electron)', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function fakeWindow() {
    const handlers: Record<string, (() => void)[]> = {};
    let bounds = { x: 10, y: 40, width: 1000, height: 700 };
    let maximized = false;
    return {
      on: (event: string, fn: () => void) => (handlers[event] ??= []).push(fn),
      emit: (event: string) => handlers[event]?.forEach((fn) => fn()),
      getNormalBounds: () => bounds,
      isMaximized: () => maximized,
      isDestroyed: () => false,
      moveTo(b: typeof bounds, max = false) {
        bounds = b;
        maximized = max;
      },
    };
  }
  const screen = { getAllDisplays: () => [laptop], getDisplayMatching: () => laptop };

  it('saves once after a burst of moves (debounced) and at once on close, atomically on disk', async () => {
    vi.useRealTimers();
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'sucaidesk-winstate-')), 'window-state.json');
    const win = fakeWindow();
    const saves: unknown[] = [];
    const save = vi.fn(async (state: unknown) => {
      saves.push(state);
      await writeSettings(file, state);
    });
    trackWindowState(win, screen, EMPTY_WINDOW_STATE, save, () => undefined, 20);
    win.moveTo({ x: 20, y: 50, width: 1000, height: 700 });
    win.emit('move');
    win.emit('move');
    win.emit('resize');
    expect(save).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    win.moveTo({ x: 30, y: 60, width: 1100, height: 750 }, true);
    win.emit('maximize');
    win.emit('close');
    // Queued behind any write in flight, so the newest place lands last.
    await vi.waitFor(() => expect(save).toHaveBeenCalledTimes(2));
    await vi.waitFor(async () => {
      const onDisk = parseWindowState(await readSettingsText(file));
      expect(restoredWindowPlace(onDisk, screen)).toEqual({
        bounds: { x: 30, y: 60, width: 1100, height: 750 },
        maximized: true,
      });
    });
    expect((JSON.parse(readFileSync(file, 'utf8')) as { version: number }).version).toBe(1);
  });

  it('writes one at a time, in order, even when an earlier write is slow', async () => {
    vi.useRealTimers();
    const win = fakeWindow();
    const order: string[] = [];
    let release: () => void = () => undefined;
    const save = vi.fn((state: { places: Record<string, { bounds: { x: number } }> }) => {
      const x = String(Object.values(state.places)[0].bounds.x);
      order.push(`start ${x}`);
      return x === '20'
        ? new Promise<void>((resolve) => (release = () => (order.push(`end ${x}`), resolve())))
        : Promise.resolve(void order.push(`end ${x}`));
    });
    trackWindowState(win, screen, EMPTY_WINDOW_STATE, save, () => undefined, 5);
    win.moveTo({ x: 20, y: 50, width: 1000, height: 700 });
    win.emit('move');
    await vi.waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    win.moveTo({ x: 30, y: 50, width: 1000, height: 700 });
    win.emit('close');
    await new Promise((r) => setTimeout(r, 20));
    expect(order).toEqual(['start 20']);
    release();
    await vi.waitFor(() => expect(order).toEqual(['start 20', 'end 20', 'start 30', 'end 30']));
  });

  it('opens at the default place when nothing usable was saved', () => {
    expect(restoredWindowPlace(EMPTY_WINDOW_STATE, screen)).toEqual({ maximized: false });
  });
});
