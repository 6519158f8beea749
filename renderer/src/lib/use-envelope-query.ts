import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppErrorPayload, Envelope } from '../../../electron/shared/errors';
import { settle } from './app-error';

export interface QueryState<T> {
  /** The last value for the current key (kept while the same key reloads; undefined after a key change). */
  data: T | undefined;
  error: AppErrorPayload | undefined;
  loading: boolean;
  reload: () => void;
  /** The most recent value of any key, with its key (for showing the previous page while the next loads). */
  last: { key: string; data: T } | undefined;
}

interface Stored<T> {
  key: string | null;
  tick: number;
  data?: T;
  error?: AppErrorPayload;
}

/**
 * Loads an envelope for `key` (null = don't load). Stale answers (an older key or reload) are dropped,
 * so fast paging never shows the wrong page. Errors are reported once through `onError`.
 */
export function useEnvelopeQuery<T>(
  key: string | null,
  fetcher: () => Promise<Envelope<T>>,
  onError?: (error: AppErrorPayload) => void,
): QueryState<T> {
  const [tick, setTick] = useState(0);
  const [stored, setStored] = useState<Stored<T>>({ key: null, tick: -1 });
  const fetcherRef = useRef(fetcher);
  const onErrorRef = useRef(onError);

  useEffect(() => {
    fetcherRef.current = fetcher;
    onErrorRef.current = onError;
  });

  useEffect(() => {
    if (key === null) return undefined;
    let live = true;
    void settle(() => fetcherRef.current()).then((env) => {
      if (!live) return;
      if (env.ok) {
        setStored({ key, tick, data: env.value });
      } else {
        setStored((prev) => ({ key, tick, data: prev.key === key ? prev.data : undefined, error: env.error }));
        onErrorRef.current?.(env.error);
      }
    });
    return () => {
      live = false;
    };
  }, [key, tick]);

  const reload = useCallback(() => setTick((t) => t + 1), []);
  const sameKey = key !== null && stored.key === key;
  return {
    last: stored.key !== null && stored.data !== undefined ? { key: stored.key, data: stored.data } : undefined,
    data: sameKey ? stored.data : undefined,
    error: sameKey ? stored.error : undefined,
    loading: key !== null && !(sameKey && stored.tick === tick),
    reload,
  };
}
