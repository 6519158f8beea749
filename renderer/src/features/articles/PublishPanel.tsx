import { ErrorText } from '../../components/ErrorText';
import { useT } from '../../i18n';
import type { PublishView } from './api/use-publish';

const FAIL_KEYS = {
  2: 'articles.publish.fail2',
  3: 'articles.publish.fail3',
  4: 'articles.publish.fail4',
  5: 'articles.publish.fail5',
  6: 'articles.publish.fail6',
} as const;

/**
 * Where a publish job stands, beside the 发表 button: publishing…, published with the article links, or
 * failed with the reason. The live region is always there (empty when idle) so each change is heard.
 */
export function PublishPanel({ view }: { view: PublishView }) {
  const t = useT();
  if (view.phase === 'idle') {
    return <div role="status" className="action-status" data-testid="publish-state" data-state="idle" />;
  }
  if (view.phase === 'error') {
    return (
      <div role="status" className="action-status publish-panel--failed" data-testid="publish-state" data-state="error">
        <ErrorText error={view.error} />
      </div>
    );
  }
  const status = view.phase === 'following' ? view.status : null;
  const state = status?.state ?? 'publishing';
  return (
    <div
      role="status"
      className={`action-status publish-panel--${state}`}
      data-testid="publish-state"
      data-state={state}
    >
      {state === 'publishing' && <span>{t('articles.publish.publishing')}</span>}
      {state === 'published' && (
        <>
          <strong>{t('articles.publish.published')}</strong>
          {status?.articleUrls.map((url) => (
            <a key={url} href={url} target="_blank" rel="noopener noreferrer" data-testid="publish-url">
              {t('articles.published.open')}
            </a>
          ))}
        </>
      )}
      {state === 'failed' && status && (
        <span>
          {t('articles.publish.failed', {
            code: status.code,
            reason: t(FAIL_KEYS[status.code as keyof typeof FAIL_KEYS] ?? 'articles.publish.failOther'),
            idx: status.failIdx.join(', ') || '-',
          })}
        </span>
      )}
    </div>
  );
}
