import type { BrowserWindow, Dialog } from 'electron';
import type { DownloadTarget } from '../core/library/download-target';

/** Desktop downloads: the user picks a folder in a native dialog; the file is saved there atomically. */
export class DesktopDownloadTarget implements DownloadTarget {
  private lastFolder: string | undefined;

  constructor(
    private readonly dialog: Pick<Dialog, 'showOpenDialog'>,
    private readonly parentWindow: () => BrowserWindow | null,
  ) {}

  async chooseFolder(): Promise<string | null> {
    const options = {
      title: '选择保存位置 / Choose a folder',
      defaultPath: this.lastFolder,
      properties: ['openDirectory' as const, 'createDirectory' as const],
    };
    const parent = this.parentWindow();
    const result = parent
      ? await this.dialog.showOpenDialog(parent, options)
      : await this.dialog.showOpenDialog(options);
    if (result.canceled || !result.filePaths[0]) return null;
    this.lastFolder = result.filePaths[0];
    return this.lastFolder;
  }

  finish(file: { path: string; bytes: number; sha256: string }) {
    return { kind: 'saved' as const, path: file.path, bytes: file.bytes, sha256: file.sha256 };
  }
}
