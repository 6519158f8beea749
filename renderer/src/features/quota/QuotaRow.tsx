import type { EndpointQuotaRow } from '@shared/features/quota.channels';
import { pick, useLang, useT } from '../../i18n';
import { endpointLabel } from './endpoint-labels';

const numberFormat = new Intl.NumberFormat('en-US');

/** One API: its name and path, a bar of today's use against the limit, and the figures. */
export function QuotaRow({ row }: { row: EndpointQuotaRow }) {
  const t = useT();
  const { lang } = useLang();
  const name = pick(endpointLabel(row.cgiPath), lang);
  return (
    <li className="quota-row" data-testid="quota-row" data-cgi-path={row.cgiPath}>
      <div className="quota-row-head">
        <span className="quota-name">{name}</span>
        <code className="quota-path">{row.cgiPath}</code>
      </div>
      {'error' in row ? (
        <p className="hint" title={pick(row.error.message, lang)}>
          {t('quota.unavailable')}
        </p>
      ) : (
        <>
          {/* low/high colour the bar as the day's budget runs out; optimum 0 = unused is best. */}
          <meter
            className="quota-bar"
            min={0}
            max={Math.max(1, row.dailyLimit)}
            value={row.used}
            low={row.dailyLimit * 0.5}
            high={row.dailyLimit * 0.8}
            optimum={0}
            aria-label={t('quota.barLabel', { name })}
          />
          <div className="quota-figures">
            <span data-testid="quota-used">
              {t('quota.used', { used: numberFormat.format(row.used), limit: numberFormat.format(row.dailyLimit) })}
            </span>
            <span className="hint">{t('quota.remain', { remain: numberFormat.format(row.remain) })}</span>
          </div>
        </>
      )}
    </li>
  );
}
