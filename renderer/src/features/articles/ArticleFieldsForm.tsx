import type { ReactNode } from 'react';
import { useT } from '../../i18n';
import type { EditorArticle } from './model';
import { chars, LIMITS } from './validate';

interface Props {
  article: EditorArticle;
  single: boolean;
  /** Default digest shown as placeholder: the start of the body. */
  digestDefault: string;
  onChange: (patch: Partial<EditorArticle>) => void;
  onBlur: () => void;
}

function Counter({ value, max, id }: { value: string; max: number; id: string }) {
  const n = chars(value);
  return (
    <span className={n > max ? 'counter counter--over' : 'counter'} data-testid={`count-${id}`} aria-live="polite">
      {n}/{max}
    </span>
  );
}

function Field({ label, counter, children }: { label: string; counter?: ReactNode; children: ReactNode }) {
  return (
    <label className="article-field">
      <span className="article-field-label">
        {label} {counter}
      </span>
      {children}
    </label>
  );
}

/** Title, author, digest, source URL and comment switches, with WeChat's limits counted live. */
export function ArticleFieldsForm({ article: a, single, digestDefault, onChange, onBlur }: Props) {
  const t = useT();
  return (
    <div className="article-fields" onBlur={onBlur}>
      <Field label={t('articles.field.title')} counter={<Counter value={a.title} max={LIMITS.title} id="title" />}>
        <input
          className="input article-title"
          data-testid="article-title"
          value={a.title}
          placeholder={t('articles.field.titlePlaceholder')}
          aria-invalid={chars(a.title) > LIMITS.title}
          onChange={(e) => onChange({ title: e.target.value })}
        />
      </Field>
      <Field label={t('articles.field.author')} counter={<Counter value={a.author} max={LIMITS.author} id="author" />}>
        <input
          className="input"
          data-testid="article-author"
          value={a.author}
          onChange={(e) => onChange({ author: e.target.value })}
        />
      </Field>
      {single ? (
        <Field
          label={t('articles.field.digest')}
          counter={<Counter value={a.digest} max={LIMITS.digest} id="digest" />}
        >
          <textarea
            className="input"
            data-testid="article-digest"
            rows={2}
            value={a.digest}
            placeholder={digestDefault || t('articles.field.digestHint')}
            onChange={(e) => onChange({ digest: e.target.value })}
          />
        </Field>
      ) : (
        <p className="hint">{t('articles.field.digestMulti')}</p>
      )}
      <Field label={t('articles.field.source')}>
        <input
          className="input"
          type="url"
          data-testid="article-source"
          value={a.contentSourceUrl}
          placeholder="https://"
          onChange={(e) => onChange({ contentSourceUrl: e.target.value })}
        />
      </Field>
      <div className="article-switches">
        <label>
          <input
            type="checkbox"
            data-testid="article-comments"
            checked={a.needOpenComment === 1}
            onChange={(e) =>
              onChange({
                needOpenComment: e.target.checked ? 1 : 0,
                ...(e.target.checked ? {} : { onlyFansCanComment: 0 }),
              })
            }
          />{' '}
          {t('articles.field.comments')}
        </label>
        <label>
          <input
            type="checkbox"
            data-testid="article-fans-only"
            disabled={a.needOpenComment !== 1}
            checked={a.onlyFansCanComment === 1}
            onChange={(e) => onChange({ onlyFansCanComment: e.target.checked ? 1 : 0 })}
          />{' '}
          {t('articles.field.fansOnly')}
        </label>
      </div>
    </div>
  );
}
