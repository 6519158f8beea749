import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { FitService } from '../../../../electron/core/images/fit-service';
import { sniffFormat } from '../../../../electron/core/files/sniff';
import { StagingArea } from '../../../../electron/core/staging/staging-area';
import { noise } from './noise';

const HEIC = readFileSync(new URL('../../../fixtures/sample-1200x900.heic', import.meta.url));
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe('FitService', () => {
  // A fresh staging area per test: dispose() deletes its folder.
  let staging = new StagingArea();
  let fit = new FitService(staging);
  const stage = (name: string, bytes: Buffer) => staging.stageStream(name, Readable.from([bytes]));
  afterEach(async () => {
    await staging.dispose();
    staging = new StagingArea();
    fit = new FitService(staging);
  });

  it('leaves a file that already fits alone: verdict fits, nothing converted, bytes unchanged', async () => {
    const photo = await (await noise(500, 400)).jpeg({ quality: 90 }).toBuffer();
    const { token } = await stage('photo.jpg', photo);
    expect(await fit.check(token, 'auto', 'permanent')).toEqual({ token, verdict: 'fits', target: 'image' });
    expect(sha(await readFile(staging.resolve(token).path))).toBe(sha(photo));
    const refused = await fit.convert(token, 'image', 'permanent').catch((e: { payload?: { code: string } }) => e);
    expect((refused as { payload: { code: string } }).payload.code).toBe('IMAGE_ALREADY_FITS');
  });

  it('offers a HEIC photo as a JPEG, staged and passing the upload check', async () => {
    const { token } = await stage('IMG_0001.HEIC', HEIC);
    const check = await fit.check(token, 'auto', 'permanent');
    expect(check).toMatchObject({ verdict: 'convertible', target: 'image', reasons: ['format'] });
    const offer = await fit.convert(token, 'image', 'permanent');
    expect(offer).toMatchObject({
      sourceToken: token,
      name: 'IMG_0001.jpg',
      original: { format: 'heic', width: 1200, height: 900 },
      converted: { format: 'jpeg', width: 1200, height: 900 },
    });
    const out = await readFile(staging.resolve(offer.token).path);
    expect(sniffFormat(out)).toBe('jpeg');
    expect(out.length).toBe(offer.converted.bytes);
    // The original is released: after an offer it is never sent (accept sends the copy, skip nothing).
    expect(() => staging.resolve(token)).toThrow();
  });

  it('sizes a JPEG photo down to a thumb (≤ 64 KB JPEG)', async () => {
    const photo = await (await noise(700, 500)).jpeg({ quality: 85 }).toBuffer();
    const { token } = await stage('cover.jpg', photo);
    expect(await fit.check(token, 'thumb', 'permanent')).toMatchObject({ verdict: 'convertible', reasons: ['size'] });
    const offer = await fit.convert(token, 'thumb', 'permanent');
    expect(offer.converted.bytes).toBeLessThanOrEqual(64 * 1024);
    expect(offer.name).toBe('cover.jpg');
  });

  it('leaves what is not a picture to the upload checks', async () => {
    const { token } = await stage('note.txt', Buffer.from('hello'));
    expect(await fit.check(token, 'auto', 'permanent')).toEqual({ token, verdict: 'other' });
    const mp3 = await stage('a.mp3', Buffer.concat([Buffer.from('ID3'), Buffer.alloc(100)]));
    expect(await fit.check(mp3.token, 'auto', 'permanent')).toEqual({ token: mp3.token, verdict: 'other' });
  });
});
