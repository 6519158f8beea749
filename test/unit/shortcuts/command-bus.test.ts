/** The command bus (renderer/src/features/shortcuts/command-bus.ts): who runs a command, and deferred runs. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  canRun,
  registerCommand,
  resetCommands,
  runCommand,
  runWhenHandled,
} from '../../../renderer/src/features/shortcuts/command-bus';

afterEach(resetCommands);

describe('command bus', () => {
  it('runs nothing, and says so, when nobody handles a command', () => {
    expect(canRun('sync')).toBe(false);
    expect(runCommand('sync')).toBe(false);
  });

  it('prefers the higher priority, then the latest registered; unregistering gives it back', () => {
    const shell = vi.fn();
    const screen = vi.fn();
    const editor = vi.fn();
    registerCommand('new-article', shell, -1);
    const offEditor = registerCommand('new-article', editor, 1);
    const offScreen = registerCommand('new-article', screen, 0);
    runCommand('new-article');
    expect(editor).toHaveBeenCalledTimes(1);
    offEditor();
    runCommand('new-article');
    expect(screen).toHaveBeenCalledTimes(1);
    offScreen();
    runCommand('new-article');
    expect(shell).toHaveBeenCalledTimes(1);
  });

  it('runs a deferred command once its screen registers, after the commit', async () => {
    const screen = vi.fn();
    runWhenHandled('search');
    registerCommand('search', vi.fn(), -1); // a fallback does not count
    registerCommand('search', screen, 0);
    expect(screen).not.toHaveBeenCalled();
    await Promise.resolve();
    expect(screen).toHaveBeenCalledTimes(1);
    registerCommand('search', vi.fn(), 0);
    await Promise.resolve();
    expect(screen).toHaveBeenCalledTimes(1);
  });
});
