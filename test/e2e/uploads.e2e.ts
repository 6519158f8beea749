import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Browser, type Page } from './fixtures';
import { DEMO_APP_ID, DEMO_APP_SECRET, startEmulator } from '../../electron/emulator';
import { makeWav } from '../../electron/emulator/wav';
import { makePng } from '../fakes/png';
import { e2eEnv, ledger, type LedgerEntry } from './env';

// Uploads in Chromium against browser mode: real drops on the window (files start at once, issue 10
// "Uploading in one step"; test/e2e/upload-flow.e2e.ts covers the tray and review-first mode), the
// journaled queue under emulator faults, a server killed mid-queue, and temp media fetched from a
// pasted message XML. Every check is against the emulator's ledger (what WeChat would hold), not our own UI's word.

interface DropFile {
  name: string;
  b64: string;
  type: string;
}

const png = (name: string, seed: number): DropFile => ({
  name,
  b64: makePng(8 + (seed % 9), 8 + (seed % 5), seed).toString('base64'),
  type: 'image/png',
});
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const run = Date.now().toString(36);

/** A real drop: a DataTransfer built in the page, dispatched as dragenter + drop on the window's content; the files start at once. */
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
  await expect(page.getByTestId('upload-drop-overlay')).toBeVisible();
  await page.dispatchEvent('main', 'drop', { dataTransfer: dt });
  await expect(page.getByTestId('upload-drop-overlay')).toHaveCount(0);
}

async function openApp(page: Page, url = e2eEnv().baseURL + '/'): Promise<void> {
  await page.goto(url);
  await expect(page.getByTestId('account-picker')).not.toHaveValue('');
}

/** Queue rows of one test (the queue is shared by the tests of one server), by status. */
const rows = (page: Page, prefix: string, status: string) =>
  page.locator(`[data-testid=upload-job][data-status=${status}][data-name^="${prefix}"]`);

const materials = (entries: LedgerEntry[], prefix: string) =>
  entries.filter((e) => e.kind === 'material' && !e.deleted && e.name.startsWith(prefix));

test('dropping 20 files (3 bad) uploads 17 and refuses 3 with their reasons', async ({ page }) => {
  await openApp(page);
  const prefix = `drop20-${run}-`;
  const good = Array.from({ length: 17 }, (_, i) => png(`${prefix}${i}-春节海报.png`, 100 + i));
  const bad: DropFile[] = [
    {
      name: `${prefix}text.jpg`,
      b64: Buffer.from('this is plain text, not a JPEG').toString('base64'),
      type: 'image/jpeg',
    },
    { name: `${prefix}empty.png`, b64: '', type: 'image/png' },
    { name: `${prefix}voice-70s.wav`, b64: makeWav(70).toString('base64'), type: 'audio/wav' },
  ];
  await dropFiles(page, [...good.slice(0, 8), ...bad, ...good.slice(8)]);
  // The user stays on the library; the tray counts the batch and flags the 3 refusals.
  const tray = page.getByRole('region', { name: '上传进度' });
  await expect(tray.getByRole('status').first()).toContainText('已上传 17/20 · 3 个需要处理', { timeout: 30_000 });
  await page.getByTestId('nav-uploads').click();
  await expect(rows(page, prefix, 'done')).toHaveCount(17);
  const refused = rows(page, prefix, 'refused');
  await expect(refused).toHaveCount(3);
  // Each refusal names the file and says why, in the UI language (zh-CN first).
  await expect(refused.filter({ hasText: 'text.jpg' }).getByTestId('job-error')).toContainText('实际内容');
  await expect(refused.filter({ hasText: 'empty.png' }).getByTestId('job-error')).toContainText('空文件');
  await expect(refused.filter({ hasText: 'voice-70s.wav' }).getByTestId('job-error')).toContainText('60 秒');
  const stored = materials(await ledger(), prefix);
  expect(stored.map((e) => e.name).sort()).toEqual(good.map((g) => g.name).sort());
});

test('with drop-after 20% and -1 10% on add_material, 30 dropped files land exactly once', async ({ page }) => {
  const emu = e2eEnv().emulatorURL;
  await openApp(page);
  const prefix = `fault-${run}-`;
  const files = Array.from({ length: 30 }, (_, i) => png(`${prefix}${String(i).padStart(2, '0')}.png`, 500 + i));
  const rules = [
    { endpoint: 'material/add_material', kind: 'drop-after', probability: 0.2, seed: 21 },
    { endpoint: 'material/add_material', kind: 'errcode', errcode: -1, probability: 0.125, seed: 22 },
  ];
  await fetch(`${emu}/__emulator/faults`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(rules),
  });
  try {
    // Dropped files start at once, under the faults.
    await dropFiles(page, files);
    await page.getByTestId('nav-uploads').click();
    await expect(rows(page, prefix, 'done')).toHaveCount(30, { timeout: 45_000 });
  } finally {
    await fetch(`${emu}/__emulator/faults`, { method: 'DELETE', headers: { 'Content-Type': 'application/json' } });
  }
  const stored = materials(await ledger(), prefix);
  expect(stored).toHaveLength(30);
  expect(new Set(stored.map((e) => e.name)).size).toBe(30);
  const calls = (await (await fetch(`${emu}/__emulator/calls`)).json()) as { endpoint: string; fault?: string }[];
  expect(
    calls.filter((c) => c.endpoint === 'material/add_material' && c.fault === 'drop-after').length,
  ).toBeGreaterThan(0);
});

/** Starts our own browser-mode server on a kept data dir against `apiBase`; resolves with its one-time link. */
function startServer(apiBase: string, dataDir: string): Promise<{ child: ChildProcess; link: string }> {
  const child = spawn(process.execPath, [`${process.env.SUCAIDESK_OUT ?? 'dist'}/web/server.cjs`], {
    env: {
      ...process.env,
      PORT: '0',
      WX_APPID: DEMO_APP_ID,
      WX_APPSECRET: DEMO_APP_SECRET,
      WX_API_BASE: apiBase,
      SUCAIDESK_DATA_DIR: dataDir,
      SUCAIDESK_NO_DEMO: '1',
    },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => {
      out += c;
      const m = /(http:\/\/127\.0\.0\.1:\d+\/\?t=[a-f0-9]+)/.exec(out);
      if (m) resolve({ child, link: m[1] });
    });
    child.on('exit', (code) => reject(new Error(`server exited ${code}: ${out}`)));
  });
}

async function openOwn(browser: Browser, link: string): Promise<Page> {
  const context = await browser.newContext({ storageState: undefined });
  const page = await context.newPage();
  await openApp(page, link);
  return page;
}

test('stopping the server mid-queue (SIGKILL) and starting it again ends with the same 100, no duplicate', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const emu = await startEmulator({ latencyMs: 120, enforceQuota: false });
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'sucaidesk-e2e-restart-'));
  let server = await startServer(emu.url, dataDir);
  try {
    const page = await openOwn(browser, server.link);
    const prefix = `restart-${run}-`;
    await dropFiles(
      page,
      Array.from({ length: 100 }, (_, i) => png(`${prefix}${String(i).padStart(3, '0')}.png`, 900 + i)),
    );
    const count = () => materials(emu.ledger(DEMO_APP_ID), prefix).length;
    await expect.poll(count, { timeout: 20_000, intervals: [50] }).toBeGreaterThanOrEqual(20);
    server.child.kill('SIGKILL');
    await new Promise((r) => server.child.once('exit', r));
    const atKill = count();
    expect(atKill).toBeLessThan(100);
    await page.context().close();

    server = await startServer(emu.url, dataDir);
    // Nobody touches the UI: the server resumes the journal on its own.
    await expect.poll(count, { timeout: 40_000 }).toBe(100);
    const stored = materials(emu.ledger(DEMO_APP_ID), prefix);
    expect(new Set(stored.map((e) => e.name)).size).toBe(100);
    // And the restarted UI shows the same 100 as done.
    const page2 = await openOwn(browser, server.link);
    await page2.getByTestId('nav-uploads').click();
    await expect(rows(page2, prefix, 'done')).toHaveCount(100, { timeout: 15_000 });
    await page2.context().close();
  } finally {
    server.child.kill('SIGTERM');
    await emu.close();
  }
});

test('a temp image fetched by pasting a message XML is previewed and saved, and its bytes match', async ({ page }) => {
  await openApp(page);
  const name = `temp-${run}-临时.png`;
  const file = png(name, 4242);
  // New files go as temporary media once the uploads screen says so; the drop then starts them at once.
  await page.getByTestId('nav-uploads').click();
  await page.getByTestId('uploads-mode-temporary').check();
  await dropFiles(page, [file]);
  const entry = page.getByTestId('temp-entry').filter({ hasText: name });
  await expect(entry).toBeVisible({ timeout: 15_000 });
  // 3 days from WeChat's created_at (the emulator clock may run a little ahead of ours), in Chinese units.
  await expect(entry.getByTestId('temp-expiry')).toHaveText(/^(2天23小时|3天) ?后过期$/);
  const mediaId = (await entry.getAttribute('data-media-id'))!;
  const stored = (await ledger()).find((e) => e.kind === 'temp' && e.mediaId === mediaId)!;
  expect(stored.sha256).toBe(sha256(Buffer.from(file.b64, 'base64')));

  const xml = `<xml><ToUserName><![CDATA[gh_e2e]]></ToUserName><FromUserName><![CDATA[o_user]]></FromUserName><CreateTime>1700000000</CreateTime><MsgType><![CDATA[image]]></MsgType><PicUrl><![CDATA[http://mmbiz.qpic.cn/x]]></PicUrl><MediaId><![CDATA[${mediaId}]]></MediaId><MsgId>1234567890</MsgId></xml>`;
  await page.getByTestId('temp-input').fill(xml);
  await page.getByTestId('temp-fetch').click();
  const preview = entry.getByTestId('temp-preview');
  await expect(preview).toHaveAttribute('src', /^temp\//);
  await expect
    .poll(() => preview.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
    .toBeGreaterThan(0);
  const [download] = await Promise.all([page.waitForEvent('download'), entry.getByTestId('temp-save').click()]);
  const saved = readFileSync(await download.path());
  expect(sha256(saved)).toBe(stored.sha256);
});
