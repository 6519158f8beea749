/**
 * In "review first" mode (upload-settings.ts), files dropped anywhere on the window (or picked, or
 * pasted) wait here until the user starts them in the uploads section. A tiny external store: the
 * arrival handler (UploadFlow.tsx) writes, UploadsView reads.
 */
import { useSyncExternalStore } from 'react';

export interface PendingFile {
  id: string;
  file: File;
  /** Video only: sent as the `description` field (defaults from the file name). */
  title: string;
  introduction: string;
}

let items: PendingFile[] = [];
const listeners = new Set<() => void>();
let counter = 0;

function set(next: PendingFile[]): void {
  items = next;
  for (const l of listeners) l();
}

/** True for files the user will want to title (video by MIME type or extension). */
export function looksLikeVideo(file: File): boolean {
  return file.type.startsWith('video/') || /\.mp4$/i.test(file.name);
}

/** Files as pending entries (a video's title defaults to the file name without its extension). */
export function asPending(files: File[]): PendingFile[] {
  return files.map((file) => ({
    id: `p${++counter}`,
    file,
    title: file.name.replace(/\.[^.]+$/, '').slice(0, 64),
    introduction: '',
  }));
}

export const pendingFiles = {
  add: (files: File[]): void => {
    set([...items, ...asPending(files)]);
  },
  update: (id: string, patch: Partial<Pick<PendingFile, 'title' | 'introduction'>>): void => {
    set(items.map((p) => (p.id === id ? { ...p, ...patch } : p)));
  },
  remove: (id: string): void => {
    set(items.filter((p) => p.id !== id));
  },
  clear: (): void => {
    set([]);
  },
  subscribe: (l: () => void): (() => void) => {
    listeners.add(l);
    return () => listeners.delete(l);
  },
  get: (): PendingFile[] => {
    return items;
  },
};

export function usePendingFiles(): PendingFile[] {
  return useSyncExternalStore(pendingFiles.subscribe, pendingFiles.get);
}
