/**
 * The renderer's side of the command table (electron/shared/commands.ts): reads the Electron accelerator
 * strings, matches them against key events, decides whether a focused field owns the key, and names the
 * keys the way the platform prints them. Pure: no React, no document (tested in Node).
 */
import { COMMANDS, type CommandId, type CommandSpec } from '@shared/commands';

export interface KeyCombo {
  /** CmdOrCtrl: Cmd on macOS, Ctrl elsewhere. */
  mod: boolean;
  shift: boolean;
  alt: boolean;
  /** The key as `KeyboardEvent.key` spells it (`u`, `,`, ` `, `Enter`, `Delete`…); letters lower-case. */
  key: string;
}

/** The event fields a match needs (a DOM KeyboardEvent has them all). */
export interface KeyInput {
  key: string;
  code?: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/** Electron's names for keys whose `KeyboardEvent.key` differs. */
const NAMED_KEYS: Record<string, string> = {
  space: ' ',
  enter: 'Enter',
  return: 'Enter',
  escape: 'Escape',
  esc: 'Escape',
  delete: 'Delete',
  backspace: 'Backspace',
  tab: 'Tab',
  up: 'ArrowUp',
  down: 'ArrowDown',
  left: 'ArrowLeft',
  right: 'ArrowRight',
  plus: '+',
};

/** Parses one accelerator (`CmdOrCtrl+Shift+U`, `Delete`, `Shift+/`). Throws on one it cannot read. */
export function parseAccelerator(accelerator: string): KeyCombo {
  // `CmdOrCtrl++` is not Electron's syntax (it writes `Plus`), so splitting on `+` is safe.
  const parts = accelerator.split('+');
  const last = parts.pop();
  if (!last) throw new Error(`unreadable accelerator "${accelerator}"`);
  const combo: KeyCombo = { mod: false, shift: false, alt: false, key: '' };
  for (const part of parts) {
    const p = part.toLowerCase();
    if (p === 'cmdorctrl' || p === 'commandorcontrol' || p === 'mod') combo.mod = true;
    else if (p === 'shift') combo.shift = true;
    else if (p === 'alt' || p === 'option') combo.alt = true;
    else throw new Error(`unsupported modifier "${part}" in "${accelerator}"`);
  }
  const named = NAMED_KEYS[last.toLowerCase()];
  combo.key = named ?? (last.length === 1 ? last.toLowerCase() : last);
  return combo;
}

/** `Shift+/` is `?` on most layouts, and the event reports `?`: what the user means by "press ?". */
const SHIFTED: Record<string, string> = { '/': '?' };

/** Whether `e` is `combo` on this platform (`mac`: Mod is ⌘, else Ctrl; the other one must be up). */
export function matches(e: KeyInput, combo: KeyCombo, mac: boolean): boolean {
  const modDown = mac ? e.metaKey : e.ctrlKey;
  const otherDown = mac ? e.ctrlKey : e.metaKey;
  if (modDown !== combo.mod || otherDown || e.altKey !== combo.alt) return false;
  const shifted = combo.shift ? SHIFTED[combo.key] : undefined;
  if (shifted && e.key === shifted) return true;
  if (e.shiftKey !== combo.shift) return false;
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  if (key === combo.key) return true;
  // A non-Latin layout (e.g. Russian, or an IME's raw key) still has the letter's physical key.
  return /^[a-z]$/.test(combo.key) && !/^[a-z]$/.test(key) && e.code === `Key${combo.key.toUpperCase()}`;
}

/** Every key of a command: its accelerator and its `alsoKeys` (Backspace beside Delete). */
export function commandKeys(spec: CommandSpec): KeyCombo[] {
  const keys = spec.accelerator ? [spec.accelerator, ...(spec.alsoKeys ?? [])] : [];
  return keys.map(parseAccelerator);
}

const PARSED: readonly { spec: CommandSpec; combos: KeyCombo[] }[] = COMMANDS.map((spec) => ({
  spec,
  combos: commandKeys(spec),
}));

/** What the focused element is, as far as taking keys from it goes (see `elementRole` in dom-focus.ts). */
export type FocusKind = 'text' | 'control' | 'other';

/**
 * Whether the focused element owns this key, so the command must not run: a text field owns every key
 * of a command that yields to fields (typing `?` or a space, Delete, Ctrl+A select its own text); a
 * button or link owns Space and Enter (they press it). Commands with `yieldsToFields: false` (Mod+S,
 * Mod+F…) run from anywhere, since a field has no use of its own for them.
 */
export function fieldOwnsKey(spec: CommandSpec, combo: KeyCombo, focus: FocusKind): boolean {
  if (!spec.yieldsToFields) return false;
  if (focus === 'text') return true;
  return focus === 'control' && (combo.key === ' ' || combo.key === 'Enter');
}

/** The command a key event asks for, or null (no match, or the focused field owns the key). */
export function commandForKey(e: KeyInput, mac: boolean, focus: FocusKind): CommandId | null {
  for (const { spec, combos } of PARSED) {
    const combo = combos.find((c) => matches(e, c, mac));
    if (combo) return fieldOwnsKey(spec, combo, focus) ? null : spec.id;
  }
  return null;
}

const MAC_NAMES: Record<string, string> = {
  ' ': 'Space',
  Enter: '↩',
  Escape: 'Esc',
  Delete: '⌦',
  Backspace: '⌫',
  ArrowUp: '↑',
  ArrowDown: '↓',
  ArrowLeft: '←',
  ArrowRight: '→',
};
const PC_NAMES: Record<string, string> = {
  ' ': 'Space',
  Escape: 'Esc',
  ArrowUp: '↑',
  ArrowDown: '↓',
  ArrowLeft: '←',
  ArrowRight: '→',
};

/**
 * How the platform prints a key combination: `⌘⇧U` on macOS, `Ctrl+Shift+U` elsewhere. `Shift+/` is
 * shown as `?`, the key the user sees on the keycap and presses.
 */
export function keyLabel(combo: KeyCombo, mac: boolean): string {
  const shifted = combo.shift ? SHIFTED[combo.key] : undefined;
  const key = shifted ?? combo.key;
  const names = mac ? MAC_NAMES : PC_NAMES;
  const keyName = names[key] ?? (key.length === 1 ? key.toUpperCase() : key);
  const shift = combo.shift && !shifted;
  if (mac) return `${combo.mod ? '⌘' : ''}${combo.alt ? '⌥' : ''}${shift ? '⇧' : ''}${keyName}`;
  return [combo.mod && 'Ctrl', combo.alt && 'Alt', shift && 'Shift', keyName].filter(Boolean).join('+');
}

/** The labels of every key of a command (empty when it has none), e.g. `['Delete', 'Backspace']`. */
export function commandKeyLabels(spec: CommandSpec, mac: boolean): string[] {
  return commandKeys(spec).map((c) => keyLabel(c, mac));
}

/**
 * The same keys in `aria-keyshortcuts` syntax (`Control+U`, `Meta+Shift+U`, `Shift+?`), for the controls
 * that run a command.
 */
export function ariaKeyShortcuts(spec: CommandSpec, mac: boolean): string | undefined {
  const list = commandKeys(spec).map((c) => {
    const shifted = c.shift ? SHIFTED[c.key] : undefined;
    const key = c.key === ' ' ? 'Space' : (shifted ?? (c.key.length === 1 ? c.key.toUpperCase() : c.key));
    return [c.mod && (mac ? 'Meta' : 'Control'), c.alt && 'Alt', c.shift && 'Shift', key].filter(Boolean).join('+');
  });
  return list.length > 0 ? list.join(' ') : undefined;
}
