/** Submits a draft for publishing and follows it (freepublish/get every second) until it settles. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import type { AppErrorPayload } from '@shared/errors';
import type { PublishStatus } from '@shared/features/articles.channels';
import { api } from '../../../lib/api';
import { callBridge } from '../../../lib/query/bridge-call';
import { invalidateAfter } from '../../../lib/query/invalidation';
import { articleKeys } from '../../../lib/query/keys';

export const POLL_MS = 1000;
/** Stop polling after this long; the published list still shows the outcome later. */
export const POLL_LIMIT_MS = 5 * 60_000;

export type PublishView =
  | { phase: 'idle' }
  | { phase: 'submitting' }
  | { phase: 'following'; status: PublishStatus | null; publishId: string }
  | { phase: 'error'; error: AppErrorPayload };

interface Job {
  publishId: string;
  startedAt: number;
}

export function usePublish(accountId: string, onSettled: (s: PublishStatus) => void) {
  const [job, setJob] = useState<Job | null>(null);
  const client = useQueryClient();
  const within = (j: Job | null) => j !== null && Date.now() - j.startedAt < POLL_LIMIT_MS;

  const submit = useMutation({
    mutationFn: (mediaId: string) => callBridge(() => api.articlesPublish({ accountId, mediaId })),
    onMutate: () => setJob(null),
    onSuccess: (res) => {
      setJob({ publishId: res.publishId, startedAt: Date.now() });
      // The draft has left the draft box already (WeChat removes it at submit).
      void invalidateAfter(client, 'publish-submitted', accountId);
    },
  });
  const status = useQuery({
    queryKey: articleKeys.publishStatus(accountId, job?.publishId ?? ''),
    queryFn: ({ queryKey }) => callBridge(() => api.articlesPublishStatus({ accountId, publishId: queryKey[3] })),
    enabled: job !== null,
    // A failed poll is retried: the job exists at WeChat whatever our connection does.
    retry: (_n, e) => e.payload.retryable && within(job),
    retryDelay: POLL_MS * 3,
    refetchInterval: (q) => (q.state.data?.state === 'publishing' && within(job) ? POLL_MS : false),
    // The error is shown in the publish panel.
    meta: { notify: false },
  });

  // Tell the editor once per job that it settled (published or failed).
  const told = useRef<string | null>(null);
  const settled = useRef(onSettled);
  useEffect(() => {
    settled.current = onSettled;
  });
  const done = status.data && status.data.state !== 'publishing' ? status.data : null;
  useEffect(() => {
    if (!done || !job || told.current === job.publishId) return;
    told.current = job.publishId;
    settled.current(done);
  }, [done, job]);

  let view: PublishView = { phase: 'idle' };
  if (submit.isPending) view = { phase: 'submitting' };
  else if (submit.isError) view = { phase: 'error', error: submit.error.payload };
  else if (job && status.isError) view = { phase: 'error', error: status.error.payload };
  else if (job) view = { phase: 'following', status: status.data ?? null, publishId: job.publishId };

  return {
    view,
    publish: (mediaId: string) => submit.mutate(mediaId),
    reset: () => {
      submit.reset();
      setJob(null);
    },
  };
}
