import { useRef } from 'react';
import type { ChangeEvent } from 'react';
import type { UploadJobView } from '@shared/features/uploads.channels';
import type { MaterialType } from '@shared/models';
import { ErrorText } from '../../components/ErrorText';
import { useT } from '../../i18n';
import type { UploadState } from './api/use-upload';
import { UPLOAD_SPEC } from './material-types';

interface UploadControlProps {
  type: MaterialType;
  state: UploadState;
  disabled: boolean;
  onFiles: (files: File[]) => void;
}

/** The upload button and its hidden file input; the accepted files follow the active tab. */
export function UploadControl({ type, state, disabled, onFiles }: UploadControlProps) {
  const t = useT();
  const inputRef = useRef<HTMLInputElement>(null);
  const spec = UPLOAD_SPEC[type];
  const busy = state.phase === 'staging' || state.phase === 'uploading';

  const onChange = (e: ChangeEvent<HTMLInputElement>) => {
    const files = Array.from(e.target.files ?? []);
    e.target.value = '';
    if (files.length > 0) onFiles(files);
  };

  if (!spec) {
    return (
      <div className="upload upload--disabled">
        <button
          type="button"
          className="btn btn-primary"
          data-testid="upload-button"
          disabled
          aria-describedby="upload-news-note"
        >
          {t('upload.generic')}
        </button>
        <p className="upload-note" id="upload-news-note" data-testid="upload-news-note">
          {t('upload.newsDisabled')}
        </p>
      </div>
    );
  }

  return (
    <div className="upload">
      <button
        type="button"
        className="btn btn-primary"
        data-testid="upload-button"
        disabled={disabled || busy}
        onClick={() => inputRef.current?.click()}
      >
        {busy ? t('upload.busy') : `↑ ${t(spec.label)}`}
      </button>
      <input
        ref={inputRef}
        type="file"
        hidden
        data-testid="upload-input"
        accept={spec.accept}
        multiple={spec.multiple}
        disabled={disabled || busy}
        onChange={onChange}
      />
    </div>
  );
}

function percent(job: UploadJobView): number {
  return job.size > 0 ? Math.min(100, Math.round((job.transferred / job.size) * 100)) : 0;
}

/** One file of the toolbar upload, as the queue reports it; a duplicate asks here as it does in the queue panel. */
function JobLine({ job, onResolve }: { job: UploadJobView; onResolve: UploadStatusProps['onResolve'] }) {
  const t = useT();
  const failed = job.status === 'failed' || job.status === 'refused' || job.status === 'cancelled';
  const cls = failed
    ? 'upload-result upload-result--error'
    : job.status === 'done'
      ? 'upload-result upload-result--ok'
      : 'upload-result';
  let text;
  if (job.error && failed) text = <ErrorText error={job.error} />;
  else if (job.status === 'done') text = `✓ ${t(job.reused ? 'uploads.reused' : 'upload.ok')}`;
  else if (job.status === 'sending')
    text = (
      <progress
        max={100}
        value={percent(job)}
        aria-label={t('upload.progress', { name: job.name, pct: percent(job) })}
      />
    );
  else text = t(`uploads.status.${job.status}`);
  return (
    <li className={cls} data-status={job.status}>
      <span className="upload-result-name">{job.name}</span>
      <span className="upload-result-text">{text}</span>
      {job.status === 'duplicate' && job.duplicateOf && (
        <span className="upload-result-choice">
          {t('uploads.duplicateOf', { name: job.duplicateOf.name })}
          <button type="button" className="btn" onClick={() => onResolve(job.id, 'use-existing')}>
            {t('uploads.useExisting')}
          </button>
          <button type="button" className="btn" onClick={() => onResolve(job.id, 'upload-anyway')}>
            {t('uploads.uploadAnyway')}
          </button>
        </span>
      )}
    </li>
  );
}

interface UploadStatusProps {
  state: UploadState;
  onClose: () => void;
  onResolve: (jobId: string, choice: 'use-existing' | 'upload-anyway') => void;
}

export function UploadStatus({ state, onClose, onResolve }: UploadStatusProps) {
  const t = useT();
  if (state.phase === 'idle') return null;
  let body;
  if (state.phase === 'staging') {
    body = <p>{t('upload.staging', { n: state.count })}</p>;
  } else {
    const ok = state.jobs.filter((j) => j.status === 'done').length;
    body = (
      <>
        {state.phase === 'uploading' ? (
          <p>{t('upload.busy')}</p>
        ) : (
          <p className="upload-summary">{t('upload.summary', { ok, failed: state.jobs.length - ok })}</p>
        )}
        <ul className="upload-results">
          {state.jobs.map((job) => (
            <JobLine key={job.id} job={job} onResolve={onResolve} />
          ))}
        </ul>
      </>
    );
  }
  return (
    <div className="upload-status" role="status" data-testid="upload-status" data-phase={state.phase}>
      <div className="upload-status-body">{body}</div>
      {state.phase === 'done' && (
        <button type="button" className="toast-close" aria-label={t('upload.close')} onClick={onClose}>
          ×
        </button>
      )}
    </div>
  );
}
