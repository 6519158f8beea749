import { useMemo } from 'react';
import { useT } from '../../i18n';
import { useFormat } from '../../i18n/format';
import { bodySize } from './body-size';
import { LIMITS } from './validate';

/**
 * Under the body: the text a reader sees (字数), and apart from it WeChat's two limits (text under 20,000
 * characters, HTML under 1 MB; ./body-size.ts), which warn from 90 % on. Only the warning is announced
 * (a live count would talk on every key).
 */
export function BodyCounter({ html }: { html: string }) {
  const t = useT();
  const fmt = useFormat();
  const size = useMemo(() => bodySize(html), [html]);
  return (
    <div className="body-counter" data-testid="content-size" data-level={size.level}>
      <span data-testid="body-text-count">{t('articles.body.textCount', { n: fmt.number(size.textChars) })}</span>
      <span className={`body-html body-html--${size.level}`} data-testid="body-html-size">
        {t('articles.body.htmlSize', {
          chars: fmt.number(size.limitChars),
          maxChars: fmt.number(LIMITS.contentChars),
          size: fmt.bytes(size.htmlBytes),
          maxSize: fmt.bytes(LIMITS.contentBytes),
        })}
      </span>
      <span role="status" className="body-size-warning" data-testid="body-size-warning">
        {size.level === 'near' && t('articles.body.near')}
        {size.level === 'over' && t('articles.body.over')}
      </span>
    </div>
  );
}
