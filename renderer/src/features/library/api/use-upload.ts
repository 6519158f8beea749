/** Upload: stage the files with the bridge, then library:upload with the tokens; per-file results. */
import { useCallback, useState } from 'react';
import type { Req } from '../../../../../electron/shared/contract';
import type { UploadResult, UploadType } from '../../../../../electron/shared/models';
import { useNotices } from '../../../components/notices-context';
import { api } from '../../../lib/api';
import { settle } from '../../../lib/app-error';

export type UploadState =
  | { phase: 'idle' }
  | { phase: 'staging'; count: number }
  | { phase: 'uploading'; count: number; progress: Record<string, number> }
  | { phase: 'done'; results: UploadResult[] };

function baseName(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? fileName.slice(0, dot) : fileName;
}

export function useUpload() {
  const { showError } = useNotices();
  const [state, setState] = useState<UploadState>({ phase: 'idle' });

  const upload = useCallback(
    async (accountId: string, type: UploadType, files: File[]): Promise<UploadResult[] | null> => {
      if (files.length === 0) return null;
      setState({ phase: 'staging', count: files.length });
      const staged = await settle(() => api.stageFiles(files));
      if (!staged.ok) {
        setState({ phase: 'idle' });
        showError(staged.error);
        return null;
      }

      setState({ phase: 'uploading', count: files.length, progress: {} });
      const unsubscribe = api.on('upload:progress', (p) => {
        const pct = p.total > 0 ? Math.min(100, Math.round((p.transferred / p.total) * 100)) : 0;
        setState((s) => (s.phase === 'uploading' ? { ...s, progress: { ...s.progress, [p.name]: pct } } : s));
      });
      const req: Req<'library:upload'> = {
        accountId,
        type,
        files: staged.value.map((f) => f.token),
        // WeChat requires a title for permanent video; the picker allows one video at a time.
        ...(type === 'video' && files[0]
          ? { video: { title: baseName(files[0].name).slice(0, 64), introduction: '' } }
          : {}),
      };
      const env = await settle(() => api.libraryUpload(req));
      unsubscribe();
      if (!env.ok) {
        setState({ phase: 'idle' });
        showError(env.error);
        return null;
      }
      setState({ phase: 'done', results: env.value });
      return env.value;
    },
    [showError],
  );

  const reset = useCallback(() => setState({ phase: 'idle' }), []);
  return { upload, state, reset };
}
