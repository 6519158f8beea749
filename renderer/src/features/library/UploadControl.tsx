import { useRef } from 'react';
import type { ChangeEvent } from 'react';
import type { MaterialType, UploadResult } from '../../../../electron/shared/models';
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

function ResultLine({ result }: { result: UploadResult }) {
  const t = useT();
  return (
    <li className={result.error ? 'upload-result upload-result--error' : 'upload-result upload-result--ok'}>
      <span className="upload-result-name">{result.name}</span>
      <span className="upload-result-text">
        {result.error ? <ErrorText error={result.error} /> : `✓ ${t('upload.ok')}`}
      </span>
    </li>
  );
}

export function UploadStatus({ state, onClose }: { state: UploadState; onClose: () => void }) {
  const t = useT();
  if (state.phase === 'idle') return null;
  let body;
  if (state.phase === 'staging') {
    body = <p>{t('upload.staging', { n: state.count })}</p>;
  } else if (state.phase === 'uploading') {
    const entries = Object.entries(state.progress);
    body = (
      <>
        <p>{t('upload.busy')}</p>
        {entries.length > 0 && (
          <ul className="upload-progress">
            {entries.map(([name, pct]) => (
              <li key={name}>
                <span>{t('upload.progress', { name, pct })}</span>
                <progress max={100} value={pct} />
              </li>
            ))}
          </ul>
        )}
      </>
    );
  } else {
    const failed = state.results.filter((r) => r.error).length;
    body = (
      <>
        <p className="upload-summary">{t('upload.summary', { ok: state.results.length - failed, failed })}</p>
        <ul className="upload-results">
          {state.results.map((r, i) => (
            <ResultLine key={`${i}:${r.name}`} result={r} />
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
