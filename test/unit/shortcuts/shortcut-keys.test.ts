/**
 * The renderer's reading of the one command table (electron/shared/commands.ts): every command's key
 * matches on macOS (⌘) and elsewhere (Ctrl), never the other platform's modifier; text fields keep the
 * keys they own; the help overlay's labels. Pure functions, run in Node.
 */
import { describe, expect, it } from 'vitest';
import { COMMANDS, commandSpec, type CommandId } from '@shared/commands';
import {
  ariaKeyShortcuts,
  commandForKey,
  commandKeyLabels,
  keyLabel,
  matches,
  parseAccelerator,
  type KeyInput,
} from '../../../renderer/src/features/shortcuts/keys';
import { isMacPlatform } from '../../../renderer/src/features/shortcuts/platform';

function press(key: string, mods: Partial<Omit<KeyInput, 'key'>> = {}): KeyInput {
  return { key, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods };
}

/** What a user presses for each command with a key, as a KeyboardEvent reports it (US layout). */
const PRESSES: Partial<Record<CommandId, { key: string; mod?: boolean; shift?: boolean; code?: string }>> = {
  'upload-files': { key: 'u', mod: true },
  'upload-folder': { key: 'U', mod: true, shift: true },
  'new-article': { key: 'n', mod: true },
  'save-draft': { key: 's', mod: true },
  sync: { key: 'r', mod: true },
  search: { key: 'f', mod: true },
  'select-all': { key: 'a', mod: true },
  'delete-selection': { key: 'Delete' },
  preview: { key: ' ' },
  open: { key: 'Enter' },
  close: { key: 'Escape' },
  settings: { key: ',', mod: true },
  'shortcuts-help': { key: '?', shift: true },
};

function eventFor(id: CommandId, mac: boolean): KeyInput {
  const p = PRESSES[id]!;
  return press(p.key, {
    ...(p.mod ? (mac ? { metaKey: true } : { ctrlKey: true }) : {}),
    shiftKey: p.shift ?? false,
    ...(p.code ? { code: p.code } : {}),
  });
}

describe('accelerators', () => {
  it('parses every command of the table', () => {
    for (const c of COMMANDS) if (c.accelerator) expect(() => parseAccelerator(c.accelerator!)).not.toThrow();
    expect(parseAccelerator('CmdOrCtrl+Shift+U')).toEqual({ mod: true, shift: true, alt: false, key: 'u' });
    expect(parseAccelerator('Space')).toEqual({ mod: false, shift: false, alt: false, key: ' ' });
    expect(parseAccelerator('CmdOrCtrl+,')).toEqual({ mod: true, shift: false, alt: false, key: ',' });
    expect(() => parseAccelerator('Hyper+X')).toThrow(/modifier/);
  });

  it('gives every command with a key a press in this test (a new command needs one)', () => {
    const keyed = COMMANDS.filter((c) => c.accelerator).map((c) => c.id);
    expect(keyed.filter((id) => !PRESSES[id])).toEqual([]);
  });

  describe.each([
    ['macOS', true],
    ['Windows and Linux', false],
  ])('on %s', (_name, mac) => {
    it.each(Object.keys(PRESSES) as CommandId[])('%s runs from its key, outside fields', (id) => {
      expect(commandForKey(eventFor(id, mac), mac, 'other')).toBe(id);
    });

    it("does not take the other platform's modifier", () => {
      const wrong = mac ? { ctrlKey: true } : { metaKey: true };
      expect(commandForKey(press('u', wrong), mac, 'other')).toBeNull();
      expect(
        commandForKey(press('s', { ...wrong, ...(mac ? { metaKey: true } : { ctrlKey: true }) }), mac, 'other'),
      ).toBeNull();
    });
  });

  it('Backspace deletes the selection too, Delete is what the menu shows', () => {
    expect(commandForKey(press('Backspace'), false, 'other')).toBe('delete-selection');
    expect(commandKeyLabels(commandSpec('delete-selection'), false)).toEqual(['Delete', 'Backspace']);
  });

  it('needs the exact modifiers: Shift+Mod+U is the folder, Alt changes the key', () => {
    expect(commandForKey(press('U', { ctrlKey: true, shiftKey: true }), false, 'other')).toBe('upload-folder');
    expect(commandForKey(press('u', { ctrlKey: true, altKey: true }), false, 'other')).toBeNull();
    expect(commandForKey(press('u'), false, 'other')).toBeNull();
  });

  it('finds a letter by its physical key on a non-Latin layout', () => {
    expect(matches(press('г', { ctrlKey: true, code: 'KeyU' }), parseAccelerator('CmdOrCtrl+U'), false)).toBe(true);
    expect(matches(press('x', { ctrlKey: true, code: 'KeyU' }), parseAccelerator('CmdOrCtrl+U'), false)).toBe(false);
  });
});

describe('the field rule', () => {
  it('a text field keeps ?, Space, Enter, Delete, Backspace and Mod+A', () => {
    for (const id of ['shortcuts-help', 'preview', 'open', 'delete-selection', 'select-all'] as CommandId[])
      expect(commandForKey(eventFor(id, false), false, 'text'), id).toBeNull();
    expect(commandForKey(press('Backspace'), false, 'text')).toBeNull();
  });

  it('commands that do not yield run from a field (Mod+S saves while typing in the editor)', () => {
    for (const id of COMMANDS.filter((c) => c.accelerator && !c.yieldsToFields).map((c) => c.id))
      expect(commandForKey(eventFor(id, false), false, 'text'), id).toBe(id);
  });

  it('a button keeps Space and Enter (they press it) but not Delete or ?', () => {
    expect(commandForKey(press(' '), false, 'control')).toBeNull();
    expect(commandForKey(press('Enter'), false, 'control')).toBeNull();
    expect(commandForKey(press('Delete'), false, 'control')).toBe('delete-selection');
    expect(commandForKey(press('?', { shiftKey: true }), false, 'control')).toBe('shortcuts-help');
  });
});

describe('key names', () => {
  it('prints keys as the platform does', () => {
    expect(keyLabel(parseAccelerator('CmdOrCtrl+Shift+U'), true)).toBe('⌘⇧U');
    expect(keyLabel(parseAccelerator('CmdOrCtrl+Shift+U'), false)).toBe('Ctrl+Shift+U');
    expect(keyLabel(parseAccelerator('CmdOrCtrl+,'), true)).toBe('⌘,');
    expect(keyLabel(parseAccelerator('Shift+/'), false)).toBe('?');
    expect(keyLabel(parseAccelerator('Space'), true)).toBe('Space');
    expect(keyLabel(parseAccelerator('Delete'), true)).toBe('⌦');
    expect(keyLabel(parseAccelerator('Escape'), false)).toBe('Esc');
  });

  it('writes aria-keyshortcuts in its own syntax', () => {
    expect(ariaKeyShortcuts(commandSpec('settings'), false)).toBe('Control+,');
    expect(ariaKeyShortcuts(commandSpec('settings'), true)).toBe('Meta+,');
    expect(ariaKeyShortcuts(commandSpec('delete-selection'), false)).toBe('Delete Backspace');
    expect(ariaKeyShortcuts(commandSpec('backup'), false)).toBeUndefined();
  });

  it('tells macOS from the rest by userAgentData, else navigator.platform', () => {
    expect(isMacPlatform({ userAgentData: { platform: 'macOS' } })).toBe(true);
    expect(isMacPlatform({ platform: 'MacIntel' })).toBe(true);
    expect(isMacPlatform({ userAgentData: { platform: 'Windows' }, platform: 'Win32' })).toBe(false);
    expect(isMacPlatform({ platform: 'Linux x86_64' })).toBe(false);
    expect(isMacPlatform(undefined)).toBe(false);
  });
});
