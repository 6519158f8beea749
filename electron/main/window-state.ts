/**
 * The window's size, position and maximized state, remembered per display arrangement. Pure: what to
 * restore from what was saved and the displays present now; the glue (window-state-glue.ts) reads
 * Electron's `screen` and the window, and window-state-store.ts writes the file atomically.
 *
 * Each entry is keyed by the display's id and bounds, so a laptop that is sometimes docked to a
 * larger monitor keeps one place per setup. A saved place is used only when enough of its title bar
 * lies on a current display's work area: a monitor that was unplugged must not leave the window
 * off screen.
 */
import { z } from 'zod';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The parts of Electron's Display this reads. */
export interface DisplayLike {
  id: number;
  bounds: Rect;
  workArea: Rect;
}

const rectSchema = z.object({
  x: z.number().int().min(-100_000).max(100_000),
  y: z.number().int().min(-100_000).max(100_000),
  width: z.number().int().min(1).max(100_000),
  height: z.number().int().min(1).max(100_000),
});

export const windowStateSchema = z.object({
  version: z.literal(1),
  /** The display key the window was last on. */
  last: z.string().max(200).nullable(),
  places: z.record(z.string().max(200), z.object({ bounds: rectSchema, maximized: z.boolean() })),
});
export type WindowState = z.infer<typeof windowStateSchema>;

export const EMPTY_WINDOW_STATE: WindowState = { version: 1, last: null, places: {} };

/** Keeps the file small when a user has docked to many monitors over the years. */
const MAX_PLACES = 12;
/** How much of the window's top strip must be on screen to grab and move it. */
const MIN_VISIBLE_WIDTH = 100;
const TITLE_BAR_HEIGHT = 32;

export function displayKey(display: DisplayLike): string {
  const b = display.bounds;
  return `${display.id}@${b.x},${b.y},${b.width}x${b.height}`;
}

function overlap(a: Rect, b: Rect): Rect | null {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  const right = Math.min(a.x + a.width, b.x + b.width);
  const bottom = Math.min(a.y + a.height, b.y + b.height);
  return right > x && bottom > y ? { x, y, width: right - x, height: bottom - y } : null;
}

/** True when the window's title bar is on a work area wide enough to grab (see MIN_VISIBLE_WIDTH). */
export function isVisibleOn(bounds: Rect, displays: readonly DisplayLike[]): boolean {
  const titleBar = { x: bounds.x, y: bounds.y, width: bounds.width, height: TITLE_BAR_HEIGHT };
  return displays.some((d) => {
    const o = overlap(titleBar, d.workArea);
    return o !== null && o.width >= MIN_VISIBLE_WIDTH;
  });
}

export interface RestoredPlace {
  bounds: Rect;
  maximized: boolean;
}

/** The place to open at, or null to let the window open centred at its default size. */
export function placeToRestore(state: WindowState, displays: readonly DisplayLike[]): RestoredPlace | null {
  const present = new Set(displays.map(displayKey));
  // The display the window was last on first, then any other arrangement that is present now.
  const keys = [state.last, ...Object.keys(state.places)].filter((k): k is string => k !== null && present.has(k));
  for (const key of keys) {
    const place = state.places[key];
    if (place && isVisibleOn(place.bounds, displays))
      return { bounds: { ...place.bounds }, maximized: place.maximized };
  }
  return null;
}

/** The state with the window's current place recorded for the display it is on. */
export function recordPlace(state: WindowState, display: DisplayLike, bounds: Rect, maximized: boolean): WindowState {
  const key = displayKey(display);
  const rounded = {
    x: Math.round(bounds.x),
    y: Math.round(bounds.y),
    width: Math.round(bounds.width),
    height: Math.round(bounds.height),
  };
  const others = Object.entries(state.places).filter(([k]) => k !== key);
  // Insertion order is recency: the oldest arrangement is forgotten first.
  const places = Object.fromEntries([...others.slice(-(MAX_PLACES - 1)), [key, { bounds: rounded, maximized }]]);
  return { version: 1, last: key, places };
}

/** Reads a saved file's text; anything unreadable is a fresh start (the window opens at its default). */
export function parseWindowState(text: string | null): WindowState {
  if (text === null) return EMPTY_WINDOW_STATE;
  try {
    const parsed = windowStateSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : EMPTY_WINDOW_STATE;
  } catch {
    return EMPTY_WINDOW_STATE;
  }
}
