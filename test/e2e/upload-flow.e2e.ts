import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from './fixtures';
import { makeWav } from '../../electron/emulator/wav';
import { makePng } from '../fakes/png';
import { expectAccessible } from './axe';
import { e2eEnv, ledger } from './env';

// Uploading in one step (issue 10, "Flow"): files dropped anywhere are checked at once, good ones
// start uploading without 开始上传, bad ones show their reason and never reach WeChat, the user stays
// where they dropped and follows progress in the tray. Acting by role and visible name; outcomes are
// checked in the emulator's ledger (what WeChat would hold).

const run = Date.now().toString(36);

interface DropFile {
  name: string;
  b64: string;
  type: string;
}

/** A real drop: a DataTransfer built in the page, dispatched as dragenter + drop on the window's content. */
async function dropFiles(page: Page, files: DropFile[]): Promise<void> {
  const dt = await page.evaluateHandle((list) => {
    const transfer = new DataTransfer();
    for (const f of list) {
      const bytes = Uint8Array.from(atob(f.b64), (c) => c.charCodeAt(0));
      transfer.items.add(new File([bytes], f.name, { type: f.type }));
    }
    return transfer;
  }, files);
  await page.dispatchEvent('main', 'dragenter', { dataTransfer: dt });
  await page.dispatchEvent('main', 'drop', { dataTransfer: dt });
}

async function openLibrary(page: Page): Promise<void> {
  await page.goto(e2eEnv().baseURL + '/');
  await expect(page.getByTestId('account-picker')).toHaveValue('demo');
  await expect(page.getByRole('tab', { name: /图片/ })).toHaveAttribute('aria-selected', 'true');
}

const pngFile = (name: string, seed: number): DropFile => ({
  name,
  b64: makePng(10 + (seed % 7), 9 + (seed % 5), seed).toString('base64'),
  type: 'image/png',
});
const stored = async (name: string) =>
  (await ledger()).filter((e) => e.kind === 'material' && !e.deleted && e.name === name);

test('a good image and a bad file dropped on the library: the good one uploads at once, the bad one never', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: e2eEnv().baseURL });
  await openLibrary(page);
  const good = pngFile(`flow-${run}-海报.png`, 31);
  const bad: DropFile = {
    name: `flow-${run}-notes.jpg`,
    b64: Buffer.from('plain text, not a JPEG').toString('base64'),
    type: 'image/jpeg',
  };
  await dropFiles(page, [good, bad]);

  // The user stays on the library; the tray shows the progress in place.
  const tray = page.getByRole('region', { name: '上传进度' });
  await expect(tray).toBeVisible();
  await expect(tray.getByRole('status').first()).toContainText(/(正在检查 2 个文件|正在上传 \d\/2|已上传 \d\/2)/);
  await expect(page.getByRole('tab', { name: /图片/ })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('button', { name: '开始上传' })).toHaveCount(0);

  // The bad file is listed with what is wrong, without expanding the tray.
  const badRow = tray.getByRole('listitem').filter({ hasText: bad.name });
  await expect(badRow).toContainText('未上传');
  await expect(badRow).toContainText('实际内容');
  await expect(tray.getByRole('status').first()).toContainText('已上传 1/2', { timeout: 15_000 });

  // WeChat holds the good file exactly once and never saw the bad one.
  await expect.poll(async () => (await stored(good.name)).length).toBe(1);
  expect(await stored(bad.name)).toHaveLength(0);
  const mediaId = (await stored(good.name))[0].mediaId;

  // Expanded: the finished row shows the detected type and its media_id, with copy.
  await tray.getByRole('button', { name: '展开' }).click();
  const row = tray.getByRole('listitem').filter({ hasText: good.name });
  await expect(row).toContainText('图片');
  await expect(row).toContainText(mediaId);
  await row.getByRole('button', { name: '复制 media_id' }).click();
  await expect(row.getByRole('status')).toHaveText('已复制');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(mediaId);
  await expectAccessible(page, 'upload tray', '[data-testid=upload-tray]');

  // "Show in library": the item is listed (no manual sync), scrolled to, focused and highlighted.
  await row.getByRole('button', { name: '在素材库中查看' }).click();
  const card = page.locator(`[data-media-id="${mediaId}"]`);
  await expect(card).toBeFocused();
  await expect(card).toHaveAttribute('data-revealed', 'true');
  await expect(card).toBeInViewport();
  await expect(card).toContainText(good.name);

  // Once over, the tray can be closed.
  await tray.getByRole('button', { name: '关闭' }).click();
  await expect(tray).toHaveCount(0);
});

test('"review before upload" keeps dropped files until 开始上传; the row opens a voice in the voice tab', async ({
  page,
}) => {
  await openLibrary(page);
  await page.getByRole('button', { name: '上传与临时素材' }).click();
  await page.getByRole('checkbox', { name: '上传前先检查' }).check();
  await page.getByRole('button', { name: '素材库', exact: true }).click();

  const voice: DropFile = { name: `review-${run}-口播.wav`, b64: makeWav(2).toString('base64'), type: 'audio/wav' };
  await dropFiles(page, [voice]);
  const tray = page.getByRole('region', { name: '上传进度' });
  await expect(tray).toContainText('1 个文件等待检查后上传');
  // Nothing is sent before the user says so.
  await page.waitForTimeout(500);
  expect(await stored(voice.name)).toHaveLength(0);

  await tray.getByRole('button', { name: '去检查并上传' }).click();
  await expect(page.getByRole('listitem').filter({ hasText: voice.name })).toBeVisible();
  await page.getByRole('button', { name: '开始上传' }).click();
  await expect.poll(async () => (await stored(voice.name)).length, { timeout: 15_000 }).toBe(1);

  const queue = page.getByTestId('uploads-queue');
  const row = queue.getByRole('listitem').filter({ hasText: voice.name });
  await expect(row).toContainText('已完成');
  await expect(row).toContainText('语音');
  // The whole page, header and tray included.
  await expectAccessible(page, 'uploads');

  // The setting survives a reload.
  await page.reload();
  await page.getByRole('button', { name: '上传与临时素材' }).click();
  await expect(page.getByRole('checkbox', { name: '上传前先检查' })).toBeChecked();
  const again = page.getByTestId('uploads-queue').getByRole('listitem').filter({ hasText: voice.name });
  await again.getByRole('button', { name: '在素材库中查看' }).click();
  await expect(page.getByRole('tab', { name: /语音/ })).toHaveAttribute('aria-selected', 'true');
  const mediaId = (await stored(voice.name))[0].mediaId;
  await expect(page.locator(`[data-media-id="${mediaId}"]`)).toBeFocused();
});

test('picked files in temporary mode upload at once; a temp item fetched by media_id is brought into view', async ({
  page,
}) => {
  await openLibrary(page);
  await page.getByRole('button', { name: '上传与临时素材' }).click();
  await page.getByRole('radio', { name: '临时素材（保留 3 天）' }).check();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'e2e-flow-'));
  const name = `temp-${run}-picked.png`;
  writeFileSync(path.join(dir, name), makePng(14, 11, 77));
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: '选择文件' }).click(),
  ]);
  await chooser.setFiles(path.join(dir, name));

  const entry = page.getByTestId('temp-entry').filter({ hasText: name });
  await expect(entry).toBeVisible({ timeout: 15_000 });
  const mediaId = (await entry.getAttribute('data-media-id'))!;
  expect((await ledger()).filter((e) => e.kind === 'temp' && e.mediaId === mediaId)).toHaveLength(1);

  // Scroll away, then fetch it by its media_id: it is scrolled back into view and highlighted.
  await page.getByRole('textbox', { name: '粘贴 media_id 或收到的消息 XML' }).fill(mediaId);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.getByRole('button', { name: '获取', exact: true }).click();
  await expect(entry).toHaveAttribute('aria-current', 'true');
  await expect(entry).toBeInViewport();
  await expect(entry.getByRole('img', { name })).toBeVisible();

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    entry.getByRole('button', { name: '保存' }).click(),
  ]);
  expect(download.suggestedFilename()).toBeTruthy();
  await expect(entry.getByRole('button', { name: '保存' })).toBeEnabled();
});
