import { useT } from '../i18n';
import { ErrorText } from './ErrorText';
import { useNotices } from './notices-context';

export function ErrorBanner() {
  const { error, clearError } = useNotices();
  const t = useT();
  if (!error) return null;
  return (
    <div className="error-banner" role="alert" data-testid="error-banner" data-error-code={error.code}>
      <span className="error-banner-icon" aria-hidden="true">
        !
      </span>
      <div className="error-banner-body">
        <ErrorText error={error} />
      </div>
      <button type="button" className="btn btn-ghost btn-small" onClick={clearError}>
        {t('error.dismiss')}
      </button>
    </div>
  );
}
