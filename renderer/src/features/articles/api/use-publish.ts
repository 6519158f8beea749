/** Submits a draft for publishing and follows it (freepublish/get every second) until it settles. */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppErrorPayload } from '../../../../../electron/shared/errors';
import type { PublishStatus } from '../../../../../electron/shared/features/articles.channels';
import { articlesApi } from './articles-api';

export const POLL_MS = 1000;
/** Stop polling after this long; the published list still shows the outcome later. */
export const POLL_LIMIT_MS = 5 * 60_000;

export type PublishView =
  | { phase: 'idle' }
  | { phase: 'submitting' }
  | { phase: 'following'; status: PublishStatus | null; publishId: string }
  | { phase: 'error'; error: AppErrorPayload };

export function usePublish(accountId: string, onSettled: (s: PublishStatus) => void) {
  const [view, setView] = useState<PublishView>({ phase: 'idle' });
  const timer = useRef<number | null>(null);
  const settled = useRef(onSettled);
  useEffect(() => {
    settled.current = onSettled;
  });
  useEffect(
    () => () => {
      if (timer.current !== null) window.clearTimeout(timer.current);
    },
    [],
  );

  const follow = useCallback(
    (publishId: string, startedAt: number) => {
      const tick = async () => {
        const env = await articlesApi.publishStatus(accountId, publishId);
        if (!env.ok) {
          // A failed poll is retried: the job exists at WeChat whatever our connection does.
          if (env.error.retryable && Date.now() - startedAt < POLL_LIMIT_MS)
            timer.current = window.setTimeout(() => void tick(), POLL_MS * 3);
          else setView({ phase: 'error', error: env.error });
          return;
        }
        setView({ phase: 'following', status: env.value, publishId });
        if (env.value.state === 'publishing' && Date.now() - startedAt < POLL_LIMIT_MS) {
          timer.current = window.setTimeout(() => void tick(), POLL_MS);
        } else if (env.value.state !== 'publishing') settled.current(env.value);
      };
      void tick();
    },
    [accountId],
  );

  const publish = useCallback(
    async (mediaId: string) => {
      setView({ phase: 'submitting' });
      const env = await articlesApi.publish(accountId, mediaId);
      if (!env.ok) return setView({ phase: 'error', error: env.error });
      setView({ phase: 'following', status: null, publishId: env.value.publishId });
      follow(env.value.publishId, Date.now());
    },
    [accountId, follow],
  );

  return { view, publish, reset: () => setView({ phase: 'idle' }) };
}
