/**
 * The one toast, bottom right. It expires (errors stay longer), pauses while the pointer or focus is on
 * it, and has a close button. Both live regions are always in the page so a new toast is announced:
 * an ordinary one politely (role=status), an error at once (role=alert). Which screen a toast belongs
 * to is decided in NoticesProvider.tsx.
 */
import { useEffect, useState } from 'react';
import { useT } from '../i18n';
import { useNotices, type ToastState } from './notices-context';

const TOAST_MS = 5000;
const ERROR_TOAST_MS = 10_000;

function ToastCard({ toast, onClose }: { toast: ToastState; onClose: () => void }) {
  const t = useT();
  const [paused, setPaused] = useState(false);
  useEffect(() => {
    if (paused) return undefined;
    const timer = setTimeout(onClose, toast.tone === 'error' ? ERROR_TOAST_MS : TOAST_MS);
    return () => clearTimeout(timer);
  }, [toast, paused, onClose]);
  return (
    <div
      className={toast.tone === 'error' ? 'toast toast--error' : 'toast'}
      data-testid="toast"
      data-tone={toast.tone}
      onMouseEnter={() => setPaused(true)}
      onMouseLeave={() => setPaused(false)}
      onFocus={() => setPaused(true)}
      onBlur={() => setPaused(false)}
    >
      <span className="toast-text">{toast.text}</span>
      <button type="button" className="toast-close" aria-label={t('toast.close')} onClick={onClose}>
        ×
      </button>
    </div>
  );
}

export function Toast() {
  const { toast, closeToast } = useNotices();
  const error = toast?.tone === 'error';
  return (
    <div className="toast-region">
      <div role="status">{toast && !error && <ToastCard key={toast.id} toast={toast} onClose={closeToast} />}</div>
      <div role="alert">{toast && error && <ToastCard key={toast.id} toast={toast} onClose={closeToast} />}</div>
    </div>
  );
}
