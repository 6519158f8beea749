/**
 * The library toolbar's upload: the files go through the account's journaled queue
 * (features/uploads/api/queued-upload.ts) and this hook follows their jobs until each one settles.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { UploadJobView } from '@shared/features/uploads.channels';
import type { UploadType } from '@shared/models';
import { useNotices } from '../../../components/notices-context';
import { api } from '../../../lib/api';
import { settleBridge } from '../../../lib/query/bridge-call';
import { isFinal, uploadThroughQueue } from '../../uploads/api/queued-upload';

export type UploadState =
  | { phase: 'idle' }
  | { phase: 'staging'; count: number }
  | { phase: 'uploading'; jobs: UploadJobView[] }
  | { phase: 'done'; jobs: UploadJobView[] };

export function useUpload(accountId: string, onAdded: () => void) {
  const { showError } = useNotices();
  const [state, setState] = useState<UploadState>({ phase: 'idle' });
  const stop = useRef<() => void>(() => undefined);
  const added = useRef(onAdded);
  useEffect(() => {
    added.current = onAdded;
  }, [onAdded]);
  useEffect(() => () => stop.current(), []);

  const upload = useCallback(
    async (type: UploadType, files: File[]): Promise<void> => {
      if (files.length === 0) return;
      stop.current();
      setState({ phase: 'staging', count: files.length });
      const started = await uploadThroughQueue(accountId, type, files);
      if (!started.ok) {
        setState({ phase: 'idle' });
        showError(started.error);
        return;
      }
      let doneCount = 0;
      stop.current = started.value.watch((jobs) => {
        const done = jobs.filter((j) => j.status === 'done').length;
        if (done > doneCount) added.current();
        doneCount = done;
        setState({ phase: jobs.every(isFinal) ? 'done' : 'uploading', jobs });
      });
    },
    [accountId, showError],
  );

  /** A file WeChat already has: reuse the existing material or upload a second copy. */
  const resolveDuplicate = useCallback(
    async (jobId: string, choice: 'use-existing' | 'upload-anyway') => {
      const env = await settleBridge(() => api.uploadsResolveDuplicate({ accountId, jobId, choice }));
      if (!env.ok) showError(env.error);
    },
    [accountId, showError],
  );

  const reset = useCallback(() => {
    stop.current();
    stop.current = () => undefined;
    setState({ phase: 'idle' });
  }, []);
  return { upload, resolveDuplicate, state, reset };
}
