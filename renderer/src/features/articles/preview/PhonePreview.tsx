import { useEffect, useRef } from 'react';
import { useT } from '../../../i18n';
import { buildPreview } from './build-preview';
import { buildRenderedPreview } from './build-rendered-preview';

interface Props {
  accountId: string;
  title: string;
  author: string;
  /** Sanitized marker-class HTML (toMarkedHtml): the article before its styles are inlined. */
  html: string;
  /** The core's rendered WeChat HTML for the article's theme (articles:render), once it has answered. */
  rendered?: string | null;
}

/** The article at phone width (375 px), as the WeChat reader lays it out. */
export function PhonePreview({ accountId, title, author, html, rendered }: Props) {
  const t = useT();
  const body = useRef<HTMLDivElement>(null);
  useEffect(() => {
    body.current?.replaceChildren(rendered ? buildRenderedPreview(rendered, accountId) : buildPreview(html, accountId));
  }, [html, rendered, accountId]);
  return (
    <div className="phone" data-testid="phone-preview" aria-label={t('articles.preview')}>
      <div className="phone-screen" data-content>
        <h1 className="phone-title">{title || t('articles.untitled')}</h1>
        <p className="phone-meta">{author}</p>
        <div className="phone-body" ref={body} data-testid="preview-body" />
      </div>
    </div>
  );
}
