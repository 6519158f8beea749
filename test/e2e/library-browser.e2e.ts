import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from './fixtures';
import { recordCspViolations } from './csp-violations';
import { DEMO_APP_ID, DEMO_APP_SECRET } from '../../electron/emulator/demo-account';
import { e2eEnv, ledger, type LedgerEntry } from './env';

// Issue 3's "Done when", in Chromium against browser mode + the shared demo emulator. Expectations
// come from the emulator's ledger and call log (other files share this emulator: nothing assumes
// global counts), never from our own client's word.

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const emu = (p: string) => `${e2eEnv().emulatorURL}${p}`;

interface Call {
  path: string;
  endpoint: string;
  referer: string | null;
}
const calls = async (): Promise<Call[]> => (await (await fetch(emu('/__emulator/calls'))).json()) as Call[];
const apiCalls = async () => (await calls()).filter((c) => c.path.startsWith('/cgi-bin/')).length;

// Thumbs are not listed or counted as images (electron/emulator/README.md, "Fidelity choices").
const liveImages = (l: LedgerEntry[]) =>
  l.filter((e) => e.appId === DEMO_APP_ID && e.kind === 'material' && e.type === 'image' && !e.deleted);

async function openSynced(page: Page): Promise<number> {
  await page.goto(e2eEnv().baseURL + '/');
  await expect(page.getByTestId('material-card').first()).toBeVisible();
  await page.getByTestId('library-sync').click();
  const expected = liveImages(await ledger()).length;
  await expect(page.getByTestId('tab-image')).toContainText(String(expected));
  await expect(page.getByTestId('sync-state')).not.toContainText('正在同步');
  return expected;
}

async function goToPage(page: Page, n: number): Promise<void> {
  for (let i = 1; i < n; i++) {
    await page.getByTestId('page-next').click();
    await expect(page.getByTestId('page-indicator')).toContainText(`第 ${i + 1} /`);
  }
}

/** The ids of the shown page, once the requested page (not the previous one, dimmed) is on screen. */
async function pageIds(page: Page): Promise<string[]> {
  await expect(page.getByTestId('material-grid')).not.toHaveAttribute('aria-busy', 'true');
  return page.getByTestId('material-card').evaluateAll((els) => els.map((e) => e.getAttribute('data-media-id')!));
}

test.beforeAll(async () => {
  const res = await fetch(emu('/__emulator/seed'), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ appId: DEMO_APP_ID, images: 250 }),
  });
  expect(res.status).toBe(200);
});

test('a seeded library pages correctly; pages 1..5 of a synced library cost 0 API calls', async ({ page }) => {
  const total = await openSynced(page);
  expect(total).toBeGreaterThanOrEqual(250);
  const pages = Math.ceil(total / 20);
  await expect(page.getByTestId('page-indicator')).toContainText(`第 1 / ${pages} 页 · 共 ${total} 项`);

  const before = await apiCalls();
  const seen: string[] = [];
  for (let p = 1; p <= pages; p++) {
    if (p > 1) {
      await page.getByTestId('page-next').click();
      await expect(page.getByTestId('page-indicator')).toContainText(`第 ${p} /`);
    }
    const ids = await pageIds(page);
    expect(ids.length).toBe(p < pages ? 20 : total - 20 * (pages - 1));
    seen.push(...ids);
    if (p === 5) expect(await apiCalls()).toBe(before); // browsing 1..5: served from the index
  }
  expect(new Set(seen).size).toBe(seen.length);
  expect(new Set(seen)).toEqual(new Set(liveImages(await ledger()).map((e) => e.mediaId)));
});

test('search finds an item from page 9 of the API listing at once', async ({ page }) => {
  await openSynced(page);
  // What WeChat itself lists on page 9 (offset 160), asked directly of the emulator.
  const token = (await (
    await fetch(emu('/cgi-bin/stable_token'), {
      method: 'POST',
      body: JSON.stringify({ grant_type: 'client_credential', appid: DEMO_APP_ID, secret: DEMO_APP_SECRET }),
    })
  ).json()) as { access_token: string };
  const listed = (await (
    await fetch(emu(`/cgi-bin/material/batchget_material?access_token=${token.access_token}`), {
      method: 'POST',
      body: JSON.stringify({ type: 'image', offset: 160, count: 20 }),
    })
  ).json()) as { item: { media_id: string; name: string }[] };
  const target = listed.item[7];
  const before = await apiCalls();
  const t0 = Date.now();
  await page.getByTestId('library-search').fill(target.name);
  const card = page.locator(`[data-testid="material-card"][data-media-id="${target.media_id}"]`);
  await expect(card).toBeVisible({ timeout: 2_000 });
  expect(Date.now() - t0).toBeLessThan(2_000);
  await expect(page.getByTestId('material-card')).toHaveCount(1);
  expect(await apiCalls()).toBe(before);
});

test('5 selected items are bulk-deleted and gone from the ledger', async ({ page }) => {
  await openSynced(page);
  await goToPage(page, 3);
  const cards = page.getByTestId('material-card');
  const ids = (await pageIds(page)).slice(2, 7);
  await cards.nth(2).click();
  await cards.nth(6).click({ modifiers: ['Shift'] });
  await expect(page.getByTestId('selection-count')).toContainText('5');
  await page.getByTestId('bulk-delete').click();
  const dialog = page.getByTestId('confirm-dialog');
  await expect(dialog).toContainText('无法撤销');
  for (const id of ids) await expect(dialog).toContainText(id);
  await page.getByTestId('confirm-ok').click();
  for (const id of ids)
    await expect(page.locator(`[data-testid="material-card"][data-media-id="${id}"]`)).toHaveCount(0);
  const l = await ledger();
  for (const id of ids) expect(l.find((e) => e.mediaId === id)?.deleted).toBe(true);
});

async function bulkDownloadTo(page: Page, folder: string): Promise<void> {
  await page.getByTestId('bulk-download').click();
  await page.getByTestId('folder-input').fill(folder);
  await page.getByTestId('confirm-ok').click();
}

test('5 bulk-downloaded files match the ledger sha256; a cut-off download leaves no file', async ({ page }) => {
  await openSynced(page);
  await goToPage(page, 2);
  const cards = page.getByTestId('material-card');
  const ids = await pageIds(page);
  const picked = [0, 3, 5, 8, 11];
  await cards.nth(picked[0]).click();
  for (const i of picked.slice(1)) await cards.nth(i).click({ modifiers: ['ControlOrMeta'] });
  await expect(page.getByTestId('selection-count')).toContainText('5');
  const folder = mkdtempSync(path.join(os.tmpdir(), 'e2e-bulk-'));
  await bulkDownloadTo(page, folder);
  await expect(page.getByTestId('toast')).toContainText('已下载 5 项');
  const files = readdirSync(folder);
  expect(files).toHaveLength(5);
  const l = await ledger();
  const want = picked.map((i) => l.find((e) => e.mediaId === ids[i])!.sha256).sort();
  expect(files.map((f) => sha256(readFileSync(path.join(folder, f)))).sort()).toEqual(want);
  expect(files.every((f) => /\.(png|jpe?g|gif|bmp)$/.test(f))).toBe(true);

  const cut = mkdtempSync(path.join(os.tmpdir(), 'e2e-cut-'));
  await page.getByTestId('clear-selection').click();
  await cards.nth(1).click();
  await fetch(emu('/__emulator/faults'), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify([{ endpoint: 'material/get_material', kind: 'truncate', times: 1 }]),
  });
  try {
    await bulkDownloadTo(page, cut);
    await expect(page.getByTestId('toast')).toContainText('失败 1 项');
    await expect(page.getByTestId('error-banner')).toBeVisible();
    expect(readdirSync(cut)).toEqual([]);
  } finally {
    await fetch(emu('/__emulator/faults'), { method: 'DELETE', headers: { 'Content-Type': 'application/json' } });
  }
});

test('a backup, then a second run, fetches nothing the second time', async ({ page }) => {
  await openSynced(page);
  const cards = page.getByTestId('material-card');
  await goToPage(page, 4);
  await cards.nth(0).click();
  await cards.nth(5).click({ modifiers: ['Shift'] });
  await expect(page.getByTestId('selection-count')).toContainText('6');
  const folder = mkdtempSync(path.join(os.tmpdir(), 'e2e-backup-'));
  const run = async () => {
    await page.getByTestId('bulk-backup').click();
    await page.getByTestId('folder-input').fill(folder);
    await page.getByTestId('confirm-ok').click();
  };
  await run();
  await expect(page.getByTestId('toast')).toContainText('新下载 6 项');
  const manifest = JSON.parse(readFileSync(path.join(folder, 'manifest.json'), 'utf8')) as {
    items: { media_id: string; sha256: string; file: string }[];
  };
  expect(manifest.items).toHaveLength(6);
  const l = await ledger();
  for (const e of manifest.items) expect(e.sha256).toBe(l.find((x) => x.mediaId === e.media_id)!.sha256);

  const before = (await calls()).length;
  await run();
  await expect(page.getByTestId('toast')).toContainText('新下载 0 项，未变化跳过 6 项');
  expect((await calls()).length).toBe(before);
});

test('thumbnails show and the emulator saw no Referer on their requests', async ({ page }) => {
  const violations = await recordCspViolations(page);
  await openSynced(page);
  await goToPage(page, 6);
  const thumbs = page.getByTestId('material-thumb');
  await expect(thumbs.first()).toHaveAttribute('src', /^thumb\//);
  await expect
    .poll(() => thumbs.first().evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
    .toBeGreaterThan(0);
  const cdn = (await calls()).filter((c) => c.path.startsWith('/mmbiz'));
  expect(cdn.length).toBeGreaterThan(0);
  expect(cdn.filter((c) => c.referer !== null)).toEqual([]);

  // The preview pane shows the full picture from our own origin, with its details.
  const first = page.getByTestId('material-card').first();
  const mediaId = (await first.getAttribute('data-media-id'))!;
  await first.getByTestId('material-open').click();
  const preview = page.getByTestId('preview-image');
  await expect(preview).toHaveAttribute('src', /^preview\//);
  await expect
    .poll(() => preview.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
    .toBeGreaterThan(0);
  await expect(page.getByTestId('detail-media-id')).toHaveText(mediaId);

  // The virtualized grid defers pictures while scrolling fast, and shows them once scrolling pauses.
  await page.getByTestId('view-grid').click();
  const grid = page.getByTestId('material-vgrid');
  await grid.evaluate((el) => (el.scrollTop = 2000));
  const tileImage = page.locator('[data-testid="grid-tile"] img').first();
  await expect
    .poll(() => tileImage.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth), { timeout: 10_000 })
    .toBeGreaterThan(0);
  expect(violations).toEqual([]);
});
