import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPartial } from '../../../../electron/core/fs/atomic-write';
import { saveCopy } from '../../../../electron/core/uploads/save-copy';
import { WebDownloadTarget } from '../../../../electron/web/web-download-target';
import { finalFileName } from '../../../../electron/core/wechat/content-meta';

/** Every write goes through the one sanitizer, whatever name its caller passes (issue 8, finding 8). */
describe('file names at the write choke points', () => {
  it('createPartial/commit publish only a sanitised name, in the folder they were given', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'choke-'));
    const partial = await createPartial(dir, '../../\u202Eescape');
    expect(path.dirname(partial.path)).toBe(dir);
    await partial.write(Buffer.from('x'));
    const final = await partial.commit('../CON .\u2066txt');
    expect(final).toBe(path.join(dir, '_CON .txt'));
    expect(readdirSync(dir)).toEqual(['_CON .txt']);
  });

  it('temp-media saves, download names with an added extension and browser download names agree', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'choke-'));
    const src = path.join(dir, 'src.bin');
    writeFileSync(src, 'x');
    expect(path.basename(await saveCopy(src, dir, 'nul.\u202Egpj'))).toBe('_nul.gpj');
    const long = finalFileName('图'.repeat(70), { format: 'jpeg', contentType: 'image/jpeg' });
    expect(Buffer.byteLength(long)).toBeLessThanOrEqual(200);
    expect(long.endsWith('.jpg')).toBe(true);
    const web = new WebDownloadTarget(dir, { signPath: () => 'sig=x' });
    const outcome = web.finish({ path: path.join(dir, 'a\u202Eb.jpg'), bytes: 1, sha256: 'x' });
    expect(outcome.name).toBe('ab.jpg');
  });
});
