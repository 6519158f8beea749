import { useId } from 'react';
import { useT } from '../../i18n';
import { useUploadQueue } from '../uploads/api/use-upload-queue';
import { uploadSettings, useUploadSettings } from '../uploads/upload-settings';

/** Settings' bound on parallel uploads: more rarely helps against WeChat's per-account limits. */
const MAX_SETTINGS_CONCURRENCY = 6;

/**
 * 上传: parallel uploads of the current account (kept by the core's queue, per account) and "review
 * before upload" (remembered in this window, features/uploads/upload-settings.ts). Both apply at once.
 */
export function UploadsSection({ accountId }: { accountId: string | null }) {
  const t = useT();
  const headingId = useId();
  const { reviewFirst } = useUploadSettings();
  return (
    <section className="settings-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('settings.uploads.title')}</h3>
      {accountId && <ConcurrencyRow accountId={accountId} />}
      <label className="settings-choice">
        <input
          type="checkbox"
          checked={reviewFirst}
          onChange={(e) => uploadSettings.set({ reviewFirst: e.target.checked })}
        />
        {t('settings.uploads.reviewFirst')}
      </label>
      <p className="hint">{t('settings.uploads.reviewFirstHint')}</p>
    </section>
  );
}

function ConcurrencyRow({ accountId }: { accountId: string }) {
  const t = useT();
  const id = useId();
  const queue = useUploadQueue(accountId);
  const current = queue.snap?.concurrency;
  // The uploads screen allows up to 8: a higher value set there is shown as it is.
  const top = Math.max(MAX_SETTINGS_CONCURRENCY, current ?? 0);
  return (
    <div className="settings-row">
      <label htmlFor={id}>{t('settings.uploads.concurrency')}</label>
      <select
        id={id}
        className="select select--narrow"
        value={current ?? ''}
        disabled={current === undefined}
        onChange={(e) => queue.setConcurrency(Number(e.target.value))}
      >
        {current === undefined && <option value="">…</option>}
        {Array.from({ length: top }, (_, i) => i + 1).map((n) => (
          <option key={n} value={n}>
            {n}
          </option>
        ))}
      </select>
    </div>
  );
}
