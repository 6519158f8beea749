/**
 * Shows running transfers on the taskbar (Windows, Linux launchers that support it) or the dock
 * (macOS): transfer-progress.ts reduces the observations, progress-throttle.ts spaces the calls.
 */
import type { BrowserWindow } from 'electron';
import type { ShellObservation } from './shell-observation';
import { throttleProgress, type ThrottleTimers } from './progress-throttle';
import { IDLE, progressBarValue, reduceTransfers, type ProgressBarValue } from './transfer-progress';

type ProgressWindow = Pick<BrowserWindow, 'setProgressBar' | 'isDestroyed'>;

export function createProgressBar(
  window: () => ProgressWindow | null,
  timers?: ThrottleTimers,
): (obs: ShellObservation) => void {
  let state = IDLE;
  const set = throttleProgress<ProgressBarValue>(
    ({ fraction, paused }) => {
      const win = window();
      if (win && !win.isDestroyed()) win.setProgressBar(fraction, { mode: paused ? 'paused' : 'normal' });
    },
    250,
    timers,
  );
  return (obs) => {
    const next = reduceTransfers(state, obs);
    if (next === state) return;
    state = next;
    set(progressBarValue(state));
  };
}
