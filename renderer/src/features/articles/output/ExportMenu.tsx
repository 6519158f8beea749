import { useState } from 'react';
import type { AppErrorPayload } from '@shared/errors';
import { useT } from '../../../i18n';
import { copyText, exportFileName, saveTextFile } from './export-file';

interface Props {
  title: string;
  markdown: () => string;
  /** The rendered WeChat HTML (articles:render), or an error. */
  html: () => Promise<{ ok: true; value: string } | { ok: false; error: AppErrorPayload }>;
  onError: (e: AppErrorPayload) => void;
}

type Kind = 'md' | 'html';

/** 导出 Markdown / 导出 HTML: each opens its two ways out (copy, save as a file). */
export function ExportMenu({ title, markdown, html, onError }: Props) {
  const t = useT();
  const [open, setOpen] = useState<Kind | null>(null);
  const [status, setStatus] = useState('');
  const text = async (kind: Kind): Promise<string | null> => {
    if (kind === 'md') return markdown();
    const env = await html();
    if (env.ok) return env.value;
    onError(env.error);
    return null;
  };
  const run = async (kind: Kind, how: 'copy' | 'save') => {
    const value = await text(kind);
    if (value === null) return;
    if (how === 'copy')
      setStatus((await copyText(value)) ? t('articles.export.copied') : t('articles.export.copyFailed'));
    else {
      const name = exportFileName(title, kind === 'md' ? 'md' : 'html');
      saveTextFile(name, value, kind === 'md' ? 'text/markdown' : 'text/html');
      setStatus(t('articles.export.saved', { name }));
    }
  };
  const group = (kind: Kind, label: string) => (
    <span className="export-group">
      <button
        type="button"
        className="btn"
        aria-expanded={open === kind}
        data-testid={`export-${kind}`}
        onClick={() => setOpen((o) => (o === kind ? null : kind))}
      >
        {label}
      </button>
      {open === kind && (
        <span role="group" aria-label={label} className="export-actions">
          <button type="button" className="btn btn-small" onClick={() => void run(kind, 'copy')}>
            {t('articles.export.copy')}
          </button>
          <button type="button" className="btn btn-small" onClick={() => void run(kind, 'save')}>
            {t('articles.export.save')}
          </button>
        </span>
      )}
    </span>
  );
  return (
    <span className="export-menu">
      {group('md', t('articles.export.md'))}
      {group('html', t('articles.export.html'))}
      <span role="status" className="export-status">
        {status}
      </span>
    </span>
  );
}
