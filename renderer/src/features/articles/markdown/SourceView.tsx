import { useT } from '../../../i18n';

interface Props {
  value: string;
  onChange: (markdown: string) => void;
  /** Leaving the field applies the Markdown to the article (so saving sees it). */
  onBlur: () => void;
}

/** The article as Markdown, editable; the editor parses it back when the view closes or the field is left. */
export function SourceView({ value, onChange, onBlur }: Props) {
  const t = useT();
  return (
    <textarea
      className="markdown-source"
      data-testid="md-source"
      data-content
      aria-label={t('articles.md.sourceLabel')}
      spellCheck={false}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      onBlur={onBlur}
    />
  );
}
