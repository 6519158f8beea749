/**
 * How files that arrive (drop, pick, paste) are handled, shared by the drop layer, the tray and the
 * uploads screen. "Review first" is remembered across restarts (lib/storage.ts); the mode and type
 * for new files last for the session only, so a forgotten "temporary" never outlives the window.
 */
import { useSyncExternalStore } from 'react';
import type { UploadMode } from '@shared/features/uploads.channels';
import type { UploadType } from '@shared/models';
import { readStorage, writeStorage } from '../../lib/storage';

export interface UploadSettings {
  /** Off: checked files start at once. On: they wait in the pending list for 开始上传. */
  reviewFirst: boolean;
  mode: UploadMode;
  type: UploadType | 'auto';
}

export const REVIEW_FIRST_KEY = 'sucaidesk.uploads.reviewFirst';

let current: UploadSettings = { reviewFirst: readStorage(REVIEW_FIRST_KEY) === '1', mode: 'permanent', type: 'auto' };
const listeners = new Set<() => void>();

export const uploadSettings = {
  get: (): UploadSettings => current,
  set: (patch: Partial<UploadSettings>): void => {
    current = { ...current, ...patch };
    if (patch.reviewFirst !== undefined) writeStorage(REVIEW_FIRST_KEY, patch.reviewFirst ? '1' : null);
    for (const l of listeners) l();
  },
  subscribe: (l: () => void): (() => void) => {
    listeners.add(l);
    return () => listeners.delete(l);
  },
  /** Tests: start again from what storage says. */
  reload: (): void => {
    current = { reviewFirst: readStorage(REVIEW_FIRST_KEY) === '1', mode: 'permanent', type: 'auto' };
    for (const l of listeners) l();
  },
};

export function useUploadSettings(): UploadSettings {
  return useSyncExternalStore(uploadSettings.subscribe, uploadSettings.get);
}
