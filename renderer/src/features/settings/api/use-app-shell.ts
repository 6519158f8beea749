/** The settings screen's calls to the shell: which mode runs (desktop or browser) and opening the data folder. */
import { useMutation, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { callBridge } from '../../../lib/query/bridge-call';
import { appKeys } from '../../../lib/query/keys';

/** The app's version and mode once known; the answer does not change while the window lives. */
export function useAppInfo() {
  const info = useQuery({
    queryKey: appKeys.info(),
    queryFn: () => callBridge(() => api.appInfo({})),
    staleTime: Infinity,
    meta: { notify: false },
  });
  return info.data ?? null;
}

/** 'desktop' or 'web' once known. */
export function useAppMode() {
  return useAppInfo()?.mode ?? null;
}

/** Opens the data folder in the OS file manager (desktop; browser mode answers DESKTOP_ONLY). */
export function useOpenDataFolder() {
  return useMutation({
    mutationFn: () => callBridge(() => api.appOpenDataFolder({})),
    meta: { notify: false },
  });
}
