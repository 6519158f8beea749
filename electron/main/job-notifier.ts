/**
 * Tells the user, with an OS notification, that a long upload, download, backup or publish ended
 * while they were elsewhere (job-finish.ts finds the end, notification-text.ts decides and words it).
 * Clicking the notification brings the window back.
 */
import type { BrowserWindow } from 'electron';
import type { ShellLanguage } from '@shared/features/app.channels';
import { JobWatch } from './job-finish';
import { notificationFor, type NotificationText } from './notification-text';
import type { ShellObservation } from './shell-observation';

export interface ShownNotification {
  on(event: 'click' | 'close', listener: () => void): unknown;
  show(): void;
}

export interface NotifierDeps {
  /** Notification.isSupported(): some Linux desktops have no notification server. */
  supported(): boolean;
  create(text: NotificationText): ShownNotification;
  window(): Pick<BrowserWindow, 'isDestroyed' | 'isFocused' | 'isMinimized' | 'restore' | 'show' | 'focus'> | null;
  language(): ShellLanguage;
  now?: () => number;
}

export function createJobNotifier(deps: NotifierDeps): (obs: ShellObservation) => void {
  const watch = new JobWatch();
  const now = deps.now ?? Date.now;
  // Held until clicked or closed: a notification object that is garbage-collected loses its click handler.
  const shown = new Set<ShownNotification>();
  return (obs) => {
    const finished = watch.observe(obs, now());
    if (!finished) return;
    const win = deps.window();
    const focused = win !== null && !win.isDestroyed() && win.isFocused();
    const text = notificationFor(finished, focused, deps.language());
    if (!text || !deps.supported()) return;
    const note = deps.create(text);
    shown.add(note);
    note.on('click', () => {
      shown.delete(note);
      const target = deps.window();
      if (!target || target.isDestroyed()) return;
      if (target.isMinimized()) target.restore();
      target.show();
      target.focus();
    });
    note.on('close', () => shown.delete(note));
    note.show();
  };
}
