import { useRef } from 'react';
import { useT } from '../../../i18n';

interface Props {
  sourceOpen: boolean;
  onToggleSource: () => void;
  /** The picked files: one .md and the local images it uses. */
  onOpenFiles: (files: File[]) => void;
}

/** Markdown in and out of the body: open a .md file (with its images) and the source view toggle. */
export function MarkdownBar({ sourceOpen, onToggleSource, onOpenFiles }: Props) {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  return (
    <div className="markdown-bar" role="toolbar" aria-label="Markdown">
      {/* A real button: a label around a hidden input cannot be reached with the keyboard. */}
      <button
        type="button"
        className="btn btn-small"
        data-testid="md-open"
        title={t('articles.md.openHint')}
        onClick={() => input.current?.click()}
      >
        {t('articles.md.open')}
      </button>
      <input
        ref={input}
        type="file"
        multiple
        hidden
        accept=".md,.markdown,text/markdown,image/*"
        data-testid="md-open-input"
        onChange={(e) => {
          onOpenFiles(Array.from(e.target.files ?? []));
          e.target.value = '';
        }}
      />
      <button
        type="button"
        className="btn btn-small"
        data-testid="md-source-toggle"
        aria-pressed={sourceOpen}
        onClick={onToggleSource}
      >
        {t('articles.md.source')}
      </button>
    </div>
  );
}
