/**
 * The app's notices: one error banner and one toast. Each notice belongs to the screen that raised it
 * (its *scope*: account + section, given by <NoticeScope>, NoticesProvider.tsx); a notice raised outside
 * any screen (the header: adding or removing an account) belongs to the whole app. Only notices of the
 * screen on show, or of the app, are visible, and changing screen drops the others, so a toast from the
 * library never appears over 图文.
 */
import { createContext, useContext } from 'react';
import type { AppErrorPayload } from '@shared/errors';

/** `error`: stays longer and is announced as an alert (Toast.tsx). */
export type ToastTone = 'info' | 'error';

export interface ToastState {
  id: number;
  text: string;
  tone: ToastTone;
}

export interface NoticesValue {
  /** The error shown in the banner (only if it belongs to the screen on show, or to the app). */
  error: AppErrorPayload | null;
  showError: (error: AppErrorPayload) => void;
  clearError: () => void;
  /** The toast shown (same rule as `error`). */
  toast: ToastState | null;
  showToast: (text: string, options?: { tone?: ToastTone }) => void;
  closeToast: () => void;
}

export const NoticesContext = createContext<NoticesValue | null>(null);

/** The app-wide error banner and toast, as seen from the calling component's screen. */
export function useNotices(): NoticesValue {
  const value = useContext(NoticesContext);
  if (!value) throw new Error('useNotices() must be used inside <NoticesProvider>');
  return value;
}
