import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from './fixtures';
import { e2eEnv, ledger } from './env';
import { mp3DurationS } from '../../electron/emulator/audio-duration';

// Issue 11: a voice card shows how long the clip is. WeChat's listing carries no duration, so the app
// measures the clip once (electron/core/library/voice-durations.ts); the expected value comes from the
// emulator's own parser of the very bytes the ledger holds.

test('an uploaded voice shows its length on its card, measured from the file WeChat holds', async ({ page }) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'e2e-voice-'));
  const name = `语音时长-${Date.now()}.mp3`;
  const file = path.join(dir, name);
  copyFileSync('assets/demo/demo-voice.mp3', file);
  const bytes = readFileSync(file);
  const seconds = Math.round(mp3DurationS(bytes) ?? NaN);
  expect(seconds).toBeGreaterThan(0);
  const clock = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;

  await page.goto(e2eEnv().baseURL + '/');
  await expect(page.getByTestId('account-picker')).toHaveValue('demo');
  await page.getByRole('tab', { name: /^语音/ }).click();
  await page.getByTestId('upload-input').setInputFiles(file);

  const card = page.getByRole('gridcell', { name: new RegExp(name) });
  await expect(card).toBeVisible({ timeout: 20_000 });
  const mediaId = (await card.getAttribute('data-media-id'))!;
  const stored = (await ledger()).find((e) => e.mediaId === mediaId);
  expect(stored?.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
  await expect(card.getByTestId('voice-duration')).toHaveText(clock, { timeout: 20_000 });
  await expect(card.getByLabel(`时长 ${clock}`)).toBeVisible();
});
