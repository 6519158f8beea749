/**
 * Our own WeChat client against the emulator's two labellings of get_material bytes: the
 * documented real Content-Type (default) and the text/plain quirk (textPlainMaterial). Both must
 * give back the exact bytes, in memory and on disk (electron/core/wechat/response-kind.ts decides
 * by Content-Disposition first, so the label does not matter).
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createWeChatClient } from '../../../electron/core/wechat/client';
import { DEMO_APP_ID, DEMO_APP_SECRET } from '../../../electron/emulator/index';
import { ASSETS, start } from './helpers';

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe.each([
  { quirk: false, label: 'image/jpeg' },
  { quirk: true, label: 'text/plain' },
])('our client, get_material labelled $label', ({ quirk }) => {
  it('gets image and thumb bytes back exactly, in memory and on disk', async () => {
    const emu = await start({ textPlainMaterial: quirk });
    const dir = mkdtempSync(join(tmpdir(), 'sucaidesk-our-client-'));
    try {
      const client = createWeChatClient({ appId: DEMO_APP_ID, appSecret: DEMO_APP_SECRET, apiBase: emu.url });
      for (const [type, file] of [
        ['image', 'poster-mandelbrot.jpg'],
        ['thumb', 'cover-thumb.jpg'],
      ] as const) {
        const bytes = readFileSync(join(ASSETS, file));
        const added = await client.material.add(type, join(ASSETS, file));
        const got = await client.material.get(added.mediaId);
        expect(got.kind, type).toBe('file');
        if (got.kind !== 'file') continue;
        expect(got.data.equals(bytes), type).toBe(true);
        expect(got.contentType, type).toBe('image/jpeg');

        const saved = await client.material.download(added.mediaId, dir, `${type}-copy`);
        expect(saved, type).toMatchObject({ kind: 'file', bytes: bytes.length, sha256: sha(bytes) });
        if (saved.kind === 'file') expect(sha(readFileSync(saved.path)), type).toBe(sha(bytes));
      }
    } finally {
      await emu.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
