/**
 * Window-wide drop target for files and folders: an overlay while something is dragged over the
 * window; on drop (or a pasted clipboard image) the files go to `onFiles` (UploadFlow.tsx decides:
 * upload at once, or wait for review). The user stays on the screen they dropped on.
 */
import { useEffect, useRef, useState } from 'react';
import { useT } from '../../i18n';
import { collectDroppedFiles } from './collect-drop';

function carriesFiles(e: DragEvent): boolean {
  return Array.from(e.dataTransfer?.types ?? []).includes('Files');
}

/**
 * Drops and pastes aimed at an editable area (the article editor puts images into the body) or
 * already handled by someone else belong to that target, not to the upload queue.
 */
function handledElsewhere(e: Event): boolean {
  if (e.defaultPrevented) return true;
  const target = e.target;
  return target instanceof Element && target.closest('[contenteditable="true"], input, textarea') !== null;
}

export function UploadDropLayer({
  accountId,
  onFiles,
}: {
  accountId: string | null;
  onFiles: (files: File[]) => void;
}) {
  const t = useT();
  const [dragging, setDragging] = useState(false);
  const depth = useRef(0);
  const latest = useRef({ accountId, onFiles });
  useEffect(() => {
    latest.current = { accountId, onFiles };
  }, [accountId, onFiles]);

  useEffect(() => {
    const enter = (e: DragEvent) => {
      if (!carriesFiles(e) || handledElsewhere(e)) return;
      e.preventDefault();
      depth.current += 1;
      setDragging(true);
    };
    const over = (e: DragEvent) => {
      if (!carriesFiles(e) || handledElsewhere(e)) {
        if (depth.current > 0 && carriesFiles(e)) setDragging(false);
        return;
      }
      e.preventDefault(); // without this the browser opens the file instead of dropping it here
      if (e.dataTransfer) e.dataTransfer.dropEffect = latest.current.accountId ? 'copy' : 'none';
    };
    const leave = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      depth.current = Math.max(0, depth.current - 1);
      if (depth.current === 0) setDragging(false);
    };
    const drop = (e: DragEvent) => {
      if (!e.dataTransfer || !carriesFiles(e)) return;
      depth.current = 0;
      setDragging(false);
      if (handledElsewhere(e)) return;
      e.preventDefault();
      if (!latest.current.accountId) return;
      void collectDroppedFiles(e.dataTransfer).then((files) => {
        if (files.length > 0) latest.current.onFiles(files);
      });
    };
    const paste = (e: ClipboardEvent) => {
      if (handledElsewhere(e)) return;
      const files = Array.from(e.clipboardData?.files ?? []);
      if (files.length === 0 || !latest.current.accountId) return; // plain text pastes stay with their field
      e.preventDefault();
      const stamp = new Date().toISOString().replace(/[:.]/g, '-');
      // Clipboard images are all called "image.png": give each a distinct, dated name.
      latest.current.onFiles(
        files.map((f, i) => new File([f], `paste-${stamp}-${i}.${f.type.split('/')[1] ?? 'png'}`, { type: f.type })),
      );
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    window.addEventListener('paste', paste);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
      window.removeEventListener('paste', paste);
    };
  }, []);

  if (!dragging) return null;
  return (
    <div className="upload-drop-overlay" data-testid="upload-drop-overlay" aria-hidden="true">
      <div className="upload-drop-card">{t('uploads.dropHint')}</div>
    </div>
  );
}
