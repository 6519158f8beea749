import { readFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { makePng } from '../../fakes/png';
import { ACCOUNT, startHarness, type Harness } from './harness';
import { bigMp4 } from '../emulator/fixtures';

const messageXml = (mediaId: string) => `<xml><ToUserName><![CDATA[gh_123]]></ToUserName>
<FromUserName><![CDATA[o_user]]></FromUserName><CreateTime>1700000000</CreateTime>
<MsgType><![CDATA[image]]></MsgType><PicUrl><![CDATA[http://mmbiz/x]]></PicUrl>
<MediaId><![CDATA[${mediaId}]]></MediaId><MsgId>1234567890123456</MsgId></xml>`;

describe('temporary media', () => {
  let h: Harness | null = null;
  afterEach(async () => {
    await h?.close();
    h = null;
  });

  it('temp upload → ledger with a 3-day expiry; fetch by pasted XML; preview route and saved bytes match', async () => {
    h = await startHarness();
    const png = makePng(20, 20, 42);
    const [token] = await h.stage([{ name: '临时图.png', bytes: png }]);
    const res = await h.service.enqueue(ACCOUNT, 'temporary', [{ token, type: 'auto' }]);
    const queue = await h.service.queue(ACCOUNT);
    await queue.idle();
    const job = queue.jobs.get(res.jobs[0].id)!;
    expect(job.status).toBe('done');
    const [entry] = await h.temp.list(ACCOUNT);
    expect(entry.mediaId).toBe(job.mediaId);
    expect(entry.expiresAt - entry.createdAt).toBe(3 * 86_400_000);
    expect(entry.expired).toBe(false);
    expect(h.emu.ledger().filter((e) => e.kind === 'temp')).toHaveLength(1);

    const fetched = await h.temp.fetch(ACCOUNT, messageXml(job.mediaId!));
    expect(fetched.preview?.src).toBe(`temp/${ACCOUNT}/${encodeURIComponent(job.mediaId!)}`);
    const asset = await h.temp.asset(ACCOUNT, job.mediaId!);
    expect(Buffer.from(asset!.body).equals(png)).toBe(true);
    expect(asset!.contentType).toBe('image/png');
    const saved = await h.temp.save(ACCOUNT, job.mediaId!);
    if (saved.kind !== 'saved') throw new Error('expected a saved file');
    expect((await readFile(saved.path)).equals(png)).toBe(true);
    expect(saved.path.endsWith('临时图.png')).toBe(true);

    // Three days later the id is gone: it shows as expired.
    h.emu.advanceClock(3 * 86_400_000 + 1000);
    const expired = await h.temp.fetch(ACCOUNT, job.mediaId!);
    expect(expired.expired).toBe(true);
  });

  it('a temp video fetch answers its video_url; garbage input is refused before any call', async () => {
    h = await startHarness();
    const [token] = await h.stage([{ name: 'clip.mp4', bytes: bigMp4(20_000) }]);
    await h.service.enqueue(ACCOUNT, 'temporary', [{ token, type: 'auto' }]);
    const queue = await h.service.queue(ACCOUNT);
    await queue.idle();
    const [job] = queue.snapshot().jobs;
    expect(job.type).toBe('video');
    const fetched = await h.temp.fetch(ACCOUNT, job.mediaId!);
    expect(fetched.videoUrl).toMatch(/\/mpvideo\//);
    await expect(h.temp.fetch(ACCOUNT, '<xml><Content>hi</Content></xml>')).rejects.toMatchObject({
      payload: { code: 'TEMP_NO_MEDIA_ID' },
    });
  });
});
