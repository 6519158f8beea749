/**
 * The article as WeChat will get it (articles:render of the marked HTML with the article's theme), for
 * the phone preview: asked again a moment after typing stops, the last answer shown meanwhile.
 */
import { useEffect, useState } from 'react';
import type { ArticleTheme } from '@shared/article-themes';
import type { AppErrorPayload } from '@shared/errors';
import type { RenderedArticle } from '@shared/features/articles.channels';
import { articlesApi } from '../api/articles-api';

export const RENDER_DEBOUNCE_MS = 250;

export function useRenderedArticle(
  marked: string,
  theme: ArticleTheme,
): { rendered: RenderedArticle | null; error: AppErrorPayload | null } {
  const [state, setState] = useState<{ rendered: RenderedArticle | null; error: AppErrorPayload | null }>({
    rendered: null,
    error: null,
  });
  useEffect(() => {
    let live = true;
    const timer = window.setTimeout(() => {
      void articlesApi.render(marked, theme).then((env) => {
        if (!live) return;
        setState((s) => (env.ok ? { rendered: env.value, error: null } : { rendered: s.rendered, error: env.error }));
      });
    }, RENDER_DEBOUNCE_MS);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [marked, theme]);
  return state;
}
