import { createContext, useContext } from 'react';
import type { AppErrorPayload } from '@shared/errors';

export interface ToastState {
  id: number;
  text: string;
}

export interface NoticesValue {
  error: AppErrorPayload | null;
  showError: (error: AppErrorPayload) => void;
  clearError: () => void;
  toast: ToastState | null;
  showToast: (text: string) => void;
  closeToast: () => void;
}

export const NoticesContext = createContext<NoticesValue | null>(null);

/** The app-wide error banner and toast. */
export function useNotices(): NoticesValue {
  const value = useContext(NoticesContext);
  if (!value) throw new Error('useNotices() must be used inside <NoticesProvider>');
  return value;
}
