import type { AppErrorPayload, LocalizedText } from '@shared/errors';
import { ErrorText } from '../../components/ErrorText';
import { pick, useLang, useT } from '../../i18n';
import { useFormat } from '../../i18n/format';

export type SaveResult =
  /** `notice`: an interrupted earlier save this one found and finished (kept visible until the next save). */
  | { kind: 'saved'; at: number; notice?: LocalizedText }
  | { kind: 'refused'; error: AppErrorPayload }
  | { kind: 'conflict' };

/**
 * The last save's outcome beside the save button (a live region, so it is also heard): saved at what
 * time, or why not. A "saved" that newer edits have overtaken is no longer shown.
 */
export function SaveStatus({ result, saving, dirty }: { result: SaveResult | null; saving: boolean; dirty: boolean }) {
  const t = useT();
  const fmt = useFormat();
  const { lang } = useLang();
  const kind = saving ? 'saving' : (result?.kind ?? 'idle');
  return (
    <div role="status" className={`action-status action-status--${kind}`} data-testid="save-status" data-state={kind}>
      {!saving && result?.kind === 'saved' && !dirty && t('articles.saveStatus.saved', { time: fmt.time(result.at) })}
      {!saving && result?.kind === 'saved' && result.notice && (
        <span className="action-status-notice" data-testid="save-recovered">
          {' '}
          {pick(result.notice, lang)}
        </span>
      )}
      {!saving && result?.kind === 'refused' && (
        <>
          <span className="action-status-lead">{t('articles.saveStatus.refused')}</span>{' '}
          <ErrorText error={result.error} />
        </>
      )}
      {!saving && result?.kind === 'conflict' && t('articles.saveStatus.conflict')}
    </div>
  );
}
