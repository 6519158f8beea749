const KEY = 'sucaidesk.library.folder';

/** The last folder the user typed (convenience only; the main process re-checks it every time). */
export function loadFolder(): string {
  try {
    return localStorage.getItem(KEY) ?? '';
  } catch {
    return '';
  }
}

export function saveFolder(folder: string): void {
  try {
    localStorage.setItem(KEY, folder);
  } catch {
    // storage full or disabled: the dialog simply starts empty next time
  }
}
