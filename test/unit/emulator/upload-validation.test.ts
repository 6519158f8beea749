import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { amrDurationS, mp3DurationS, wavDurationS } from '../../../electron/emulator/audio-duration';
import { DEMO_APP_ID } from '../../../electron/emulator/index';
import type { Emulator } from '../../../electron/emulator/index';
import { amr, bigMp4, bigPng, fixture, GIF, PNG, wav } from './fixtures';
import { addMaterial, asset, RID, stableToken, start, upload } from './helpers';
import type { PartSpec } from './helpers';

let emu: Emulator;
let token: string;
beforeAll(async () => {
  emu = await start();
});
afterAll(() => emu.close());
beforeEach(async () => {
  emu.reset();
  token = (await stableToken(emu)).access_token;
});

const MB = 1024 * 1024;
const material = async (type: string, filename: string, data: Buffer) =>
  (await addMaterial(emu, token, type, filename, data)).json;
const temp = async (type: string, parts: PartSpec[]) =>
  (await upload(emu, 'media/upload', token, `&type=${type}`, parts)).json;
const uploadimg = async (filename: string, data: Buffer) =>
  (await upload(emu, 'media/uploadimg', token, '', [{ filename, data }])).json;

describe('multipart shape → 41005 / 40004 / 44001', () => {
  it('41005 when the part is not named media', async () => {
    const r = await temp('image', [{ name: 'file', filename: 'a.png', data: PNG }]);
    expect(r.errcode).toBe(41005);
    expect(r.errmsg).toMatch(/^media data missing rid: /);
  });
  it('41005 when the media part has no filename', async () => {
    expect((await temp('image', [{ filename: null, data: PNG }])).errcode).toBe(41005);
  });
  it('41005 for an RFC 2231 filename*= (what Python requests sends for Chinese names)', async () => {
    expect((await temp('image', [{ filename: null, filenameStar: '海报.png', data: PNG }])).errcode).toBe(41005);
    expect((await material('image', 'x.png', PNG)).media_id).toEqual(expect.any(String));
  });
  it('41005 for a body that is not multipart', async () => {
    const res = await fetch(`${emu.url}/cgi-bin/material/add_material?access_token=${token}&type=image`, {
      method: 'POST',
      body: new Uint8Array(PNG),
    });
    expect(((await res.json()) as { errcode: number }).errcode).toBe(41005);
  });
  it('40004 for an unknown or missing type', async () => {
    expect((await temp('doc', [{ filename: 'a.png', data: PNG }])).errcode).toBe(40004);
    expect(
      (await upload(emu, 'material/add_material', token, '', [{ filename: 'a.png', data: PNG }])).json.errcode,
    ).toBe(40004);
  });
  it('44001 for an empty file', async () => {
    expect((await material('image', 'empty.png', Buffer.alloc(0))).errcode).toBe(44001);
  });
  it('keeps a percent-encoded filename as sent (no decoding)', async () => {
    const r = await material('image', '%E6%B5%B7%E6%8A%A5.png', PNG);
    expect(emu.ledger(DEMO_APP_ID).find((e) => e.mediaId === r.media_id)?.name).toBe('%E6%B5%B7%E6%8A%A5.png');
  });
});

describe('extension and content → 40113 / 40005', () => {
  it('40113 when the filename has no or a disallowed extension', async () => {
    expect((await material('image', 'phpsNnmJN', PNG)).errcode).toBe(40113);
    expect((await material('video', 'clip.mov', asset('demo-video.mp4'))).errcode).toBe(40113);
    expect((await material('thumb', 'cover.png', asset('cover-thumb.jpg'))).errcode).toBe(40113);
  });
  it('40005 when the bytes are not an allowed format', async () => {
    expect((await material('image', 'fake.jpg', Buffer.from('hello, not an image'))).errcode).toBe(40005);
    expect((await material('thumb', 'cover.jpg', PNG)).errcode).toBe(40005);
    expect((await material('voice', 'a.mp3', asset('demo-video.mp4'))).errcode).toBe(40005);
  });
  it('uploadimg: jpg/png only, 40005 for anything else', async () => {
    expect((await uploadimg('a.gif', GIF)).errcode).toBe(40005);
    expect((await uploadimg('a.jpg', GIF)).errcode).toBe(40005);
    expect((await uploadimg('a.jpg', PNG)).url).toEqual(expect.any(String)); // PNG named .jpg: both allowed
  });
  it('accepts GIF as a permanent image', async () => {
    expect((await material('image', 'a.gif', GIF)).url).toMatch(/mmbiz_gif/);
  });
});

describe('size limits → 40009 (images) / 40006 (others)', () => {
  it('40009 for a permanent image over 10 MB', async () => {
    const r = await material('image', 'huge.png', bigPng(10 * MB + 1));
    expect(r.errcode).toBe(40009);
    expect(r.errmsg).toMatch(RID);
  });
  it('40009 for uploadimg at 1 MB (limit is < 1 MB)', async () => {
    expect((await uploadimg('big.png', bigPng(MB))).errcode).toBe(40009);
  });
  it('40006 for a thumb over 64 KB (a real 87 KB JPEG)', async () => {
    const jpg = asset('square-life.jpg');
    expect(jpg.length).toBeGreaterThan(64 * 1024);
    expect((await material('thumb', 'cover.jpg', jpg)).errcode).toBe(40006);
  });
  it('40006 for a voice over 2 MB and a video over 10 MB', async () => {
    expect((await material('voice', 'long.wav', wav(300))).errcode).toBe(40006);
    expect((await material('video', 'big.mp4', bigMp4(10 * MB + 1))).errcode).toBe(40006);
  });
});

describe('voice duration → 45007 above 60 s', () => {
  it('measures WAV and AMR exactly and MP3 from Xing or CBR headers', () => {
    expect(wavDurationS(wav(61))).toBe(61);
    expect(amrDurationS(amr(61))).toBeCloseTo(61, 6);
    expect(mp3DurationS(fixture('voice-61s-cbr.mp3'))).toBeGreaterThan(60.5);
    expect(mp3DurationS(fixture('voice-61s-cbr.mp3'))).toBeLessThan(62);
    expect(mp3DurationS(fixture('voice-58s-xing.mp3'))).toBeCloseTo(58.2, 0);
    expect(mp3DurationS(asset('demo-voice.mp3'))).toBeCloseTo(4.1, 0);
  });
  it('rejects 61 s voices in every parsed format and accepts shorter ones', async () => {
    expect((await material('voice', 'a.wav', wav(61))).errcode).toBe(45007);
    expect((await material('voice', 'a.amr', amr(61))).errcode).toBe(45007);
    expect((await material('voice', 'a.mp3', fixture('voice-61s-cbr.mp3'))).errcode).toBe(45007);
    expect((await temp('voice', [{ filename: 'a.amr', data: amr(61) }])).errcode).toBe(45007);
    expect((await material('voice', 'ok.wav', wav(59))).media_id).toEqual(expect.any(String));
    expect((await material('voice', 'ok.amr', amr(59))).media_id).toEqual(expect.any(String));
    expect((await material('voice', 'ok.mp3', fixture('voice-58s-xing.mp3'))).media_id).toEqual(expect.any(String));
  });
  it('temp voice allows only amr/mp3 (40113 for wav)', async () => {
    expect((await temp('voice', [{ filename: 'a.wav', data: wav(1) }])).errcode).toBe(40113);
  });
});

describe('permanent totals → 45001', () => {
  it('refuses the 1001st voice', async () => {
    emu.seed(DEMO_APP_ID, { voices: 1000 });
    expect((await material('voice', 'one-more.wav', wav(1))).errcode).toBe(45001);
    expect((await material('image', 'still-fine.png', PNG)).media_id).toEqual(expect.any(String));
  });
});
