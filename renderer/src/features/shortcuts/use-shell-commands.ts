/**
 * The shell's commands: the keyboard dispatcher and the desktop menu's events, plus the fallbacks that
 * switch to the screen owning a command (command-bus.ts `runWhenHandled`) when another screen is shown.
 */
import type { CommandId } from '@shared/commands';
import type { Section } from '../../components/sections';
import { useAppCommands } from './api/use-app-commands';
import { runWhenHandled } from './command-bus';
import { useCommand } from './use-command';
import { useShortcutKeys } from './use-shortcut-keys';

/** Which screen carries out each command that belongs to one. */
const SCREEN_OF: Partial<Record<CommandId, Section>> = {
  'new-article': 'articles',
  search: 'library',
  sync: 'library',
  backup: 'library',
};

export function useShellCommands({
  hasAccount,
  showSection,
}: {
  hasAccount: boolean;
  showSection: (section: Section) => void;
}): void {
  useShortcutKeys();
  useAppCommands();
  const toScreen = (id: CommandId) => () => {
    const section = SCREEN_OF[id];
    if (!section) return;
    runWhenHandled(id);
    showSection(section);
  };
  const opts = { enabled: hasAccount, priority: -1 } as const;
  useCommand('new-article', toScreen('new-article'), opts);
  useCommand('search', toScreen('search'), opts);
  useCommand('sync', toScreen('sync'), opts);
  useCommand('backup', toScreen('backup'), opts);
  useCommand('switch-account', () => {
    // The header's account picker (features/accounts/AccountPicker.tsx): a native select the user opens.
    document.querySelector<HTMLElement>('[data-testid="account-picker"]')?.focus();
  });
}
