import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { IpcMainEvent, NativeImage } from 'electron';
import { createDragFiles, parseDragRequest, registerDragOut } from '../../../../electron/main/drag-out';
import { sharpOf } from '../../../../electron/core/images/sharp';
import { dragIcon } from '../../../../electron/main/drag-icon';

function fakeDownload(dir: string) {
  return vi.fn((req: { accountId: string; mediaIds: string[]; folder: string }) => {
    const file = path.join(req.folder, `${req.mediaIds[0]}.png`);
    writeFileSync(file, 'x');
    return Promise.resolve({
      ok: true as const,
      value: {
        folder: dir,
        saved: [{ mediaId: req.mediaIds[0], outcome: { kind: 'saved' as const, path: file, bytes: 1, sha256: 'x' } }],
        failed: [],
        cancelled: false,
      },
    });
  });
}

describe('desktop drag-out', () => {
  it('accepts only an account id and a printable media_id', () => {
    expect(parseDragRequest({ accountId: 'demo', mediaId: 'M_1' })).toEqual({ accountId: 'demo', mediaId: 'M_1' });
    expect(parseDragRequest({ accountId: '../x', mediaId: 'M' })).toBeNull();
    expect(parseDragRequest({ accountId: 'demo', mediaId: 'a b' })).toBeNull();
    expect(parseDragRequest('demo')).toBeNull();
    // The contract's strict schema: nothing but the two ids crosses (a path never does).
    expect(parseDragRequest({ accountId: 'demo', mediaId: 'M', path: '/etc/passwd' })).toBeNull();
    expect(parseDragRequest({ accountId: 'x'.repeat(65), mediaId: 'M' })).toBeNull();
  });

  it('downloads once into the cache and reuses the file while it exists', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'drag-'));
    const download = fakeDownload(dir);
    const fileFor = createDragFiles({ download, cacheDir: dir });
    const a = await fileFor('demo', 'M1');
    expect(a).toBe(path.join(dir, 'demo', 'M1.png'));
    expect(await fileFor('demo', 'M1')).toBe(a);
    expect(download).toHaveBeenCalledTimes(1);
    rmSync(a!);
    await fileFor('demo', 'M1');
    expect(download).toHaveBeenCalledTimes(2);
  });

  it('starts the OS drag for trusted senders only', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'drag-'));
    let handler: ((e: IpcMainEvent, raw: unknown) => void) | undefined;
    const ipc = { on: (_c: string, fn: (e: IpcMainEvent, raw: unknown) => void) => (handler = fn) };
    const icon = {} as NativeImage;
    registerDragOut(ipc as never, new Set([7]), { download: fakeDownload(dir), cacheDir: dir, icon: () => icon });
    const startDrag = vi.fn();
    const mainFrame = { url: 'app://bundle/index.html' };
    const event = (id: number) =>
      ({
        senderFrame: mainFrame,
        sender: { id, mainFrame, startDrag, isDestroyed: () => false },
      }) as unknown as IpcMainEvent;
    handler!(event(9), { accountId: 'demo', mediaId: 'M2' });
    handler!(event(7), { accountId: 'demo', mediaId: 'M2' });
    await vi.waitFor(() => expect(startDrag).toHaveBeenCalledTimes(1));
    expect(startDrag).toHaveBeenCalledWith({ file: path.join(dir, 'demo', 'M2.png'), icon });
  });

  it('has a real PNG drag icon', async () => {
    const meta = await (await sharpOf(dragIcon())).metadata();
    expect(meta).toMatchObject({ format: 'png', width: 32, height: 32, channels: 4 });
  });
});
