/**
 * 导出: copy text to the clipboard, or save it as a file. Saving is a download of a blob URL: the browser
 * saves it, and the desktop window hands it to Electron's download handling (the same path as any
 * download from the window), so no channel is needed.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export function saveTextFile(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked after the click has been handled (the download has its own reference by then).
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name from the article title (characters file systems refuse are replaced). */
export function exportFileName(title: string, ext: string): string {
  const base =
    Array.from(title.trim(), (c) => (c.charCodeAt(0) < 32 || '\\/:*?"<>|'.includes(c) ? '_' : c))
      .join('')
      .slice(0, 60) || 'article';
  return `${base}.${ext}`;
}
