import { useId } from 'react';
import { ErrorText } from '../../components/ErrorText';
import { useT } from '../../i18n';
import { useFormat } from '../../i18n/format';
import { useClearThumbCache, useThumbCacheInfo } from './api/use-thumb-cache';

/**
 * "缓存 / Cache": how much disk the thumbnail cache takes, its limit, and a button that empties it
 * (the cache is bounded and evicts by itself; see electron/core/thumbs/thumb-cache.ts).
 */
export function ThumbCacheSection() {
  const t = useT();
  const f = useFormat();
  const headingId = useId();
  const info = useThumbCacheInfo();
  const clear = useClearThumbCache();

  return (
    <section className="settings-section" aria-labelledby={headingId} data-testid="thumb-cache-section">
      <h3 id={headingId}>{t('settings.cache.title')}</h3>
      <p className="hint">{t('settings.cache.intro')}</p>
      <p aria-live="polite" data-testid="thumb-cache-usage">
        {info.data
          ? t('settings.cache.usage', {
              size: f.bytes(info.data.bytes),
              count: f.number(info.data.count),
              limit: f.bytes(info.data.limitBytes),
            })
          : info.isPending && t('settings.cache.loading')}
      </p>
      {(info.error ?? clear.error) && (
        <div role="alert">
          <ErrorText error={(clear.error ?? info.error)!.payload} />
        </div>
      )}
      <button type="button" className="btn" disabled={clear.isPending} onClick={() => clear.mutate()}>
        {clear.isPending ? t('settings.cache.clearing') : t('settings.cache.clear')}
      </button>
      {clear.isSuccess && (
        <p className="hint" role="status">
          {t('settings.cache.cleared')}
        </p>
      )}
    </section>
  );
}
