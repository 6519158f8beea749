/**
 * Streamed previews (issue 11): a voice preview loads through byte ranges, so seeking works and the file is
 * never sent or held whole. The voice (a 50 s WAV, unique name) is put into the demo account with WeChat's
 * own upload call and checked in the emulator's ledger; then, as an operator would, we sync, find it by
 * name, open its preview, play it and jump ahead. The server must answer 206 with Content-Range, and the
 * jump must be served by a range that starts past the beginning of the file.
 */
import type { Response } from '@playwright/test';
import { DEMO_APP_ID, DEMO_APP_SECRET } from '../../electron/emulator';
import { makeWav } from '../../electron/emulator/wav';
import { e2eEnv, ledger } from './env';
import { expect, test } from './fixtures';

const DURATION_S = 50;

/** Adds a voice to the demo account the way any WeChat client would (stable_token, add_material). */
async function addVoice(name: string, bytes: Buffer): Promise<string> {
  const api = e2eEnv().emulatorURL;
  const tokenRes = await fetch(`${api}/cgi-bin/stable_token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ grant_type: 'client_credential', appid: DEMO_APP_ID, secret: DEMO_APP_SECRET }),
  });
  const { access_token: token } = (await tokenRes.json()) as { access_token: string };
  const form = new FormData();
  form.append('media', new Blob([new Uint8Array(bytes)], { type: 'audio/wav' }), name);
  const added = await fetch(`${api}/cgi-bin/material/add_material?access_token=${token}&type=voice`, {
    method: 'POST',
    body: form,
  });
  const { media_id: mediaId } = (await added.json()) as { media_id: string };
  return mediaId;
}

test('a voice preview streams in ranges and seeks', async ({ page }) => {
  const name = `分段播放-${Date.now().toString(36)}.wav`;
  // 16 kHz: 800 KB, far more than the slow line below delivers before the jump (voice limit: 2 MB).
  const wav = makeWav(DURATION_S, { sampleRate: 16_000, salt: Date.now() });
  const mediaId = await addVoice(name, wav);
  expect((await ledger()).find((e) => e.mediaId === mediaId)).toMatchObject({ name, type: 'voice', size: wav.length });

  const previews: { status: number; range: string | null; contentRange: string | null; length: number }[] = [];
  page.on('response', (res: Response) => {
    if (!new URL(res.url()).pathname.startsWith('/preview/')) return;
    previews.push({
      status: res.status(),
      range: res.request().headers()['range'] ?? null,
      contentRange: res.headers()['content-range'] ?? null,
      length: Number(res.headers()['content-length'] ?? -1),
    });
  });

  await page.goto(`${e2eEnv().baseURL}/`);
  await page.getByRole('tab', { name: /^语音/ }).click();
  await page.getByRole('button', { name: '同步', exact: true }).click();
  await page.getByRole('searchbox').fill(name);
  await page.getByRole('button', { name: `预览 ${name}` }).click();
  const audio = page.getByRole('complementary', { name: '预览' }).locator('audio');
  await expect(audio).toBeVisible();

  // A slow line (64 KB/s), so the jump below lands past what has arrived: only a new range can serve it.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 0,
    downloadThroughput: 64 * 1024,
    uploadThroughput: -1,
  });
  // Muted playback needs no user gesture; it makes the element load the way pressing Play would.
  await audio.evaluate(async (el: HTMLAudioElement) => {
    el.muted = true;
    await el.play();
    el.pause();
  });
  await expect.poll(() => audio.evaluate((el: HTMLAudioElement) => Math.round(el.duration))).toBe(DURATION_S);
  await expect.poll(() => previews.filter((p) => p.status === 206).length).toBeGreaterThan(0);
  const first = previews.find((p) => p.status === 206)!;
  expect(first.range).toMatch(/^bytes=0-/);
  expect(first.contentRange).toMatch(new RegExp(`^bytes 0-\\d+/${wav.length}$`));
  // The whole file is seekable (the server takes ranges), not only what was buffered.
  expect(await audio.evaluate((el: HTMLAudioElement) => el.seekable.length && el.seekable.end(0))).toBeGreaterThan(
    DURATION_S - 1,
  );

  // Jump near the end: the element asks for the bytes from there on, and plays from the new time.
  const target = DURATION_S - 5;
  const seekedTo = await audio.evaluate(
    (el: HTMLAudioElement, t: number) =>
      new Promise<number>((resolve) => {
        el.addEventListener('seeked', () => resolve(el.currentTime), { once: true });
        el.currentTime = t;
      }),
    target,
  );
  expect(Math.round(seekedTo)).toBe(target);
  const jumpStart = previews
    .filter((p) => p.status === 206)
    .map((p) => Number(/^bytes (\d+)-/.exec(p.contentRange ?? '')?.[1] ?? 0))
    .find((start) => start > 0);
  // WAV bytes are linear in time: the new range starts at (about) the byte of the target second.
  expect(jumpStart).toBeGreaterThan(wav.length * ((target - 5) / DURATION_S));
  await audio.evaluate((el: HTMLAudioElement) => el.play());
  await expect.poll(() => audio.evaluate((el: HTMLAudioElement) => el.currentTime)).toBeGreaterThan(target);
  // Every preview answer was a range; nothing asked for (or got) the whole file in one 200.
  expect(previews.length).toBeGreaterThan(1);
  expect(previews.every((p) => p.status === 206 && p.range !== null)).toBe(true);
});

test('a video preview is requested in ranges and answered 206 from the cached file', async ({ page }) => {
  // The demo account's video (electron/emulator/demo-seed.ts); its bytes are checked against the ledger's size.
  const name = '产品介绍视频.mp4';
  const stored = (await ledger()).find((e) => e.name === name && e.type === 'video' && !e.deleted);
  expect(stored).toBeTruthy();
  const answers: { status: number; range: string | null; contentRange: string | null }[] = [];
  page.on('response', (res: Response) => {
    if (!new URL(res.url()).pathname.startsWith('/preview/')) return;
    answers.push({
      status: res.status(),
      range: res.request().headers()['range'] ?? null,
      contentRange: res.headers()['content-range'] ?? null,
    });
  });
  await page.goto(`${e2eEnv().baseURL}/`);
  await page.getByRole('tab', { name: /^视频/ }).click();
  await page.getByRole('searchbox').fill(name);
  await page.getByRole('button', { name: `预览 ${name}` }).click();
  const video = page.getByRole('complementary', { name: '预览' }).locator('video');
  await expect(video).toBeVisible();
  // Whether this Chromium can decode H.264 or not, the element asks for the file in ranges.
  await video.evaluate((el: HTMLVideoElement) => {
    el.muted = true;
    return el.play().catch(() => undefined);
  });
  await expect.poll(() => answers.filter((a) => a.status === 206).length).toBeGreaterThan(0);
  const first = answers.find((a) => a.status === 206)!;
  expect(first.range).toMatch(/^bytes=\d+-/);
  expect(first.contentRange).toMatch(new RegExp(`^bytes \\d+-\\d+/${stored!.size}$`));
});
