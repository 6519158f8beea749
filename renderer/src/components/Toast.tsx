import { useEffect } from 'react';
import { useT } from '../i18n';
import { useNotices } from './notices-context';

const TOAST_MS = 5000;

export function Toast() {
  const { toast, closeToast } = useNotices();
  const t = useT();

  useEffect(() => {
    if (!toast) return undefined;
    const timer = setTimeout(closeToast, TOAST_MS);
    return () => clearTimeout(timer);
  }, [toast, closeToast]);

  return (
    <div className="toast-region" aria-live="polite">
      {toast && (
        <div className="toast" role="status" data-testid="toast" key={toast.id}>
          <span className="toast-text">{toast.text}</span>
          <button type="button" className="toast-close" aria-label={t('toast.close')} onClick={closeToast}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
