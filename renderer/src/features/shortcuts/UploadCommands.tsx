import { useRef } from 'react';
import type { ChangeEvent } from 'react';
import { useCommand } from './use-command';

/**
 * Mod+U and Mod+Shift+U (keys and the desktop menu): the system's file or folder picker, and the picked
 * files go where dropped files go (`onFiles`: uploads/use-file-arrivals.ts, with its checks and its
 * "review first" choice). The inputs are never shown: the commands are their only way in.
 */
export function UploadCommands({ onFiles }: { onFiles: (files: File[]) => void }) {
  const filesRef = useRef<HTMLInputElement>(null);
  const folderRef = useRef<HTMLInputElement>(null);
  // A key press is a user activation, so the browser lets the picker open from here.
  useCommand('upload-files', () => filesRef.current?.click());
  useCommand('upload-folder', () => folderRef.current?.click());
  const picked = (e: ChangeEvent<HTMLInputElement>) => {
    const files = Array.from(e.target.files ?? []);
    // Emptied so picking the same files again still fires a change.
    e.target.value = '';
    onFiles(files);
  };
  return (
    <>
      <input ref={filesRef} type="file" multiple hidden data-testid="command-upload-files" onChange={picked} />
      <input
        ref={folderRef}
        type="file"
        multiple
        hidden
        data-testid="command-upload-folder"
        // Not in React's typings: the attribute that makes Chromium (and Electron) pick a folder.
        {...{ webkitdirectory: '' }}
        onChange={picked}
      />
    </>
  );
}
