import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from './fixtures';
import { recordCspViolations } from './csp-violations';
import { makePng } from '../fakes/png';
import { e2eEnv, ledger } from './env';

// The foundation slice, end to end in Chromium: browser mode + the offline demo account, checked
// against the emulator's ledger (what WeChat would hold), never against our own client's word.

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

async function openApp(page: Page): Promise<string[]> {
  const violations = await recordCspViolations(page);
  await page.goto(e2eEnv().baseURL + '/');
  await expect(page.getByTestId('account-picker')).toHaveValue('demo');
  await expect(page.getByTestId('material-card').first()).toBeVisible();
  return violations;
}

test('demo library: first page, paging, thumbnails without Referer, no CSP violation', async ({ page }) => {
  const violations = await openApp(page);
  // Thumbs are not listed or counted as images (electron/emulator/README.md, "Fidelity choices").
  const images = (await ledger()).filter((e) => e.kind === 'material' && e.type === 'image' && !e.deleted);
  await expect(page.getByTestId('material-card')).toHaveCount(20);
  await expect(page.getByTestId('tab-image')).toContainText(String(images.length));
  const firstPageIds = await page
    .getByTestId('material-card')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-media-id')));
  await page.getByTestId('page-next').click();
  await expect(page.getByTestId('page-indicator')).toContainText('2');
  await expect(page.getByTestId('material-card').first()).not.toHaveAttribute('data-media-id', firstPageIds[0]!);
  const secondPageIds = await page
    .getByTestId('material-card')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-media-id')));
  expect(secondPageIds.filter((id) => firstPageIds.includes(id))).toEqual([]);
  await page.getByTestId('page-prev').click();
  await expect(page.getByTestId('material-card').first()).toHaveAttribute('data-media-id', firstPageIds[0]!);

  // Thumbnails come from our own origin and really decode; the emulator's CDN saw no Referer.
  const thumb = page.getByTestId('material-thumb').first();
  await expect(thumb).toHaveAttribute('src', /^thumb\//);
  await expect
    .poll(() => thumb.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
    .toBeGreaterThan(0);
  const calls = (await (await fetch(`${e2eEnv().emulatorURL}/__emulator/calls`)).json()) as {
    path: string;
    referer: string | null;
  }[];
  const cdnCalls = calls.filter((c) => c.path.startsWith('/mmbiz'));
  expect(cdnCalls.length).toBeGreaterThan(0);
  expect(cdnCalls.filter((c) => c.referer !== null)).toEqual([]);
  expect(violations).toEqual([]);
});

test('upload an image, see it first, delete it, gone from the ledger', async ({ page }) => {
  await openApp(page);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'e2e-upload-'));
  const name = `测试海报-${Date.now()}.png`;
  const bytes = makePng(96, 64, Date.now() % 200);
  writeFileSync(path.join(dir, name), bytes);

  await page.getByTestId('upload-input').setInputFiles(path.join(dir, name));
  await expect(page.getByTestId('upload-status')).toContainText(name);
  const first = page.getByTestId('material-card').first();
  await expect(first.getByTestId('material-name')).toHaveText(name);
  const mediaId = (await first.getAttribute('data-media-id'))!;
  const stored = (await ledger()).find((e) => e.mediaId === mediaId)!;
  expect(stored).toMatchObject({ name, deleted: false, sha256: sha256(bytes), size: bytes.length });

  await first.getByTestId('material-delete').click();
  const dialog = page.getByTestId('confirm-dialog');
  await expect(dialog).toContainText(name);
  await page.getByTestId('confirm-ok').click();
  await expect(page.locator(`[data-testid="material-card"][data-media-id="${mediaId}"]`)).toHaveCount(0);
  await expect.poll(async () => (await ledger()).find((e) => e.mediaId === mediaId)?.deleted).toBe(true);
});

test('download an image: the saved bytes equal the ledger sha256', async ({ page }) => {
  await openApp(page);
  const card = page.getByTestId('material-card').nth(2);
  const mediaId = (await card.getAttribute('data-media-id'))!;
  const [download] = await Promise.all([page.waitForEvent('download'), card.getByTestId('material-download').click()]);
  const file = await download.path();
  const entry = (await ledger()).find((e) => e.mediaId === mediaId)!;
  expect(sha256(readFileSync(file))).toBe(entry.sha256);
  expect(download.suggestedFilename()).toMatch(/\.(png|jpe?g|gif|bmp)$/);
});

test('a refused file says why, before any network call', async ({ page }) => {
  await openApp(page);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'e2e-bad-'));
  writeFileSync(path.join(dir, 'not-really.png'), 'this is text, not a picture');
  const before = (await ledger()).length;
  await page.getByTestId('upload-input').setInputFiles(path.join(dir, 'not-really.png'));
  await expect(page.getByTestId('upload-status')).toContainText('not-really.png');
  await expect(page.getByTestId('upload-status')).toContainText(/格式|format/);
  expect((await ledger()).length).toBe(before);
});

test('add an account with a wrong secret: Test connection shows the mapped errcode', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('add-account-open').click();
  await page.getByTestId('account-name').fill('测试号');
  await page.getByTestId('account-appid').fill('wx00000000000000ab');
  await page.getByTestId('account-secret').fill('0123456789abcdef0123456789abcdef');
  await page.getByTestId('account-apibase').fill(e2eEnv().emulatorURL);
  await page.getByTestId('account-save').click();
  await expect(page.getByTestId('account-picker')).not.toHaveValue('demo');
  await page.getByTestId('account-test').click();
  await expect(page.getByTestId('account-test-result')).toContainText('40013');
  await page.getByTestId('lang-toggle').click();
  await expect(page.getByTestId('account-test-result')).toContainText(/AppID/);
  // Leave the shared server as found: a saved account is what the app opens on (use-selected-account.ts),
  // and the other files expect the demo.
  await page.getByTestId('account-settings-open').click();
  await page.getByTestId('account-remove').click();
  await page.getByTestId('confirm-ok').click();
  await expect(page.getByTestId('account-picker')).toHaveValue('demo');
});
