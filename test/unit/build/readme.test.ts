/**
 * The README says what the code does: its Keyboard table lists every command of the one command table
 * (electron/shared/commands.ts) with the keys the app really binds, and it shows exactly the screenshots
 * `npm run screenshots` copies into docs/screenshots/ (scripts/readme-screenshots.mjs).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS, type CommandSpec } from '@shared/commands';
import { README_SHOTS, README_SHOTS_DIR } from '../../../scripts/readme-screenshots.mjs';

const root = path.resolve(import.meta.dirname, '../../..');
const readme = readFileSync(path.join(root, 'README.md'), 'utf8');

/** The text of one `## title` section, up to the next `## `. */
function section(title: string): string {
  const start = readme.indexOf(`\n## ${title}\n`);
  expect(start, `README has a "## ${title}" section`).toBeGreaterThan(-1);
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end === -1 ? undefined : end);
}

/** Table rows of a section as trimmed cells, header and separator left out. */
function rows(text: string): string[][] {
  return text
    .split('\n')
    .filter((l) => l.startsWith('|'))
    .slice(2)
    .map((l) =>
      l
        .slice(1, -1)
        .split('|')
        .map((c) => c.trim()),
    );
}

const MAC_SYMBOL: Record<string, string> = { Ctrl: '⌃', Alt: '⌥', Shift: '⇧', CmdOrCtrl: '⌘' };

/** How a person reads an Electron accelerator: `Ctrl+Shift+U` elsewhere, `⇧⌘U` on macOS, `?` for Shift+/. */
function keyLabel(accelerator: string, mac: boolean): string {
  if (accelerator === 'Shift+/') return '?';
  const parts = accelerator.split('+');
  const key = parts.pop()!;
  if (!mac) return [...parts.map((p) => (p === 'CmdOrCtrl' ? 'Ctrl' : p)), key].join('+');
  const order = Object.keys(MAC_SYMBOL);
  return (
    parts
      .sort((a, b) => order.indexOf(a) - order.indexOf(b))
      .map((p) => MAC_SYMBOL[p])
      .join('') + key
  );
}

/** The README cell for a command's keys: each key in backticks, alternatives joined by ` / `, or —. */
function keysCell(spec: CommandSpec, mac: boolean): string {
  if (!spec.accelerator) return '—';
  return [spec.accelerator, ...(spec.alsoKeys ?? [])].map((k) => `\`${keyLabel(k, mac)}\``).join(' / ');
}

const MENU_LABEL = { file: 'File', edit: 'Edit', view: 'View', account: 'Account', help: 'Help' } as const;

describe('README', () => {
  it('lists every command once in "Keyboard", with its keys and menu as the command table has them', () => {
    const table = rows(section('Keyboard'));
    const byId = new Map(table.map((r) => [r[4]?.replace(/`/g, ''), r]));
    expect(table).toHaveLength(COMMANDS.length);
    for (const spec of COMMANDS) {
      const row = byId.get(spec.id);
      expect(row, `a Keyboard row for ${spec.id}`).toBeDefined();
      const [, keys, macKeys, menu] = row!;
      expect({ id: spec.id, keys, macKeys, menu }).toEqual({
        id: spec.id,
        keys: keysCell(spec, false),
        macKeys: keysCell(spec, true),
        menu: spec.menu ? MENU_LABEL[spec.menu] : '—',
      });
    }
  });

  it('formats accelerators the way the table shows them', () => {
    expect(keyLabel('CmdOrCtrl+Shift+U', false)).toBe('Ctrl+Shift+U');
    expect(keyLabel('CmdOrCtrl+Shift+U', true)).toBe('⇧⌘U');
    expect(keyLabel('Shift+/', true)).toBe('?');
    expect(keyLabel('Delete', true)).toBe('Delete');
  });

  it('shows exactly the screenshots npm run screenshots copies into docs/screenshots/', () => {
    const shown = [...readme.matchAll(/\]\((docs\/screenshots\/[^)]+\.png)\)/g)].map((m) => m[1]);
    expect(shown.sort()).toEqual(README_SHOTS.map((f) => `${README_SHOTS_DIR}/${f}`).sort());
    // Each file name is `<lang>-<width>-<screen>`, and each screen is one the screenshot run visits.
    const screens = readFileSync(path.join(root, 'test/e2e/ui-screens.ts'), 'utf8');
    for (const f of README_SHOTS) {
      const screen = /^(?:zh-CN|en)-(?:1280|900)-([a-z-]+)\.png$/.exec(f)?.[1];
      expect(screen, f).toBeDefined();
      expect(screens, `test/e2e/ui-screens.ts has a screen named ${screen}`).toContain(`name: '${screen}'`);
    }
  });

  it('says how to build the installers and what this machine cannot build', () => {
    const text = section('Installers');
    expect(text).toContain('npm run dist');
    for (const target of ['AppImage', 'deb', 'nsis', 'dmg']) expect(text).toContain(target);
  });
});
