import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createDragFiles } from '../../../electron/main/drag-out';

describe('drag-out names (issue 8, finding 8)', () => {
  it('hands the OS drag only a file written into its own cache folder', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'drag-'));
    const elsewhere = path.join(dir, '..', 'victim.txt');
    const download = vi.fn(() =>
      Promise.resolve({
        ok: true as const,
        value: {
          folder: null,
          saved: [{ mediaId: 'M', outcome: { kind: 'saved' as const, path: elsewhere, bytes: 1, sha256: 'x' } }],
          failed: [],
          cancelled: false,
        },
      }),
    );
    expect(await createDragFiles({ download, cacheDir: dir })('demo', 'M')).toBeNull();
  });
});
