import { describe, expect, it, vi } from 'vitest';
import { createAppShellHandlers } from '../../../electron/core/features/app-shell';
import { createDispatcher, type Handlers } from '../../../electron/core/ipc/dispatch';
import { observeDispatch } from '../../../electron/main/observed-dispatch';
import type { ShellObservation } from '../../../electron/main/shell-observation';

// Only the shell's channels are exercised; the rest of the map is never called here.
const withShell = (hooks?: Parameters<typeof createAppShellHandlers>[0]) =>
  createDispatcher(createAppShellHandlers(hooks) as unknown as Handlers);

describe('app:setTheme / app:setLanguage / app:openDataFolder', () => {
  it('desktop: forwarded to main’s hooks after validation', async () => {
    const hooks = { setTheme: vi.fn(), setLanguage: vi.fn(), openDataFolder: vi.fn(() => Promise.resolve()) };
    const dispatch = withShell(hooks);
    expect(await dispatch('app:setTheme', { theme: 'dark' }, true)).toEqual({ ok: true, value: { theme: 'dark' } });
    expect(hooks.setTheme).toHaveBeenCalledWith('dark');
    expect(await dispatch('app:setLanguage', { language: 'en' }, true)).toEqual({
      ok: true,
      value: { language: 'en' },
    });
    expect(hooks.setLanguage).toHaveBeenCalledWith('en');
    expect(await dispatch('app:openDataFolder', {}, true)).toEqual({ ok: true, value: { opened: true } });
    const bad = await dispatch('app:setTheme', { theme: 'sepia' }, true);
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    // The renderer can never name a folder.
    expect(await dispatch('app:openDataFolder', { path: '/etc' }, true)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    expect(hooks.setTheme).toHaveBeenCalledTimes(1);
  });

  it('browser mode: theme and language accepted and ignored, the data folder answers DESKTOP_ONLY', async () => {
    const dispatch = withShell(undefined);
    expect(await dispatch('app:setTheme', { theme: 'light' }, true)).toEqual({ ok: true, value: { theme: 'light' } });
    const folder = await dispatch('app:openDataFolder', {}, true);
    expect(folder).toMatchObject({
      ok: false,
      error: { code: 'DESKTOP_ONLY', message: { en: expect.stringContaining('DESKTOP_ONLY') as string } },
    });
  });
});

describe('observeDispatch', () => {
  it('reports trusted requests with their times and answers, and leaves the answer alone', async () => {
    const seen: ShellObservation[] = [];
    let t = 100;
    const dispatch = observeDispatch(
      withShell(undefined),
      (o) => seen.push(o),
      () => (t += 50),
    );
    const answer = await dispatch('app:setTheme', { theme: 'dark' }, true);
    expect(answer).toEqual({ ok: true, value: { theme: 'dark' } });
    expect(seen).toEqual([
      {
        kind: 'request',
        channel: 'app:setTheme',
        req: { theme: 'dark' },
        envelope: answer,
        startedAt: 150,
        endedAt: 200,
      },
    ]);
    await dispatch('app:setTheme', { theme: 'dark' }, false);
    await dispatch('nope:channel', {}, true);
    expect(seen).toHaveLength(1);
  });

  it('a throwing observer never fails the request', async () => {
    const dispatch = observeDispatch(withShell(undefined), () => {
      throw new Error('observer bug');
    });
    expect(await dispatch('app:setLanguage', { language: 'en' }, true)).toEqual({
      ok: true,
      value: { language: 'en' },
    });
  });
});
