import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from './fixtures';
import { DEMO_APP_ID, DEMO_APP_SECRET } from '../../electron/emulator/demo-account';
import { expectAccessible } from './axe';
import { e2eEnv } from './env';

// The first screen (issue 10, "First screen"): which account the app opens on, the demo always labelled
// as offline demo data, and removing an account from 账号设置 behind the app's own confirmation.

const picker = (page: Page) => page.getByRole('combobox', { name: /^(公众号|Account)$/ });
const CJK = /[\u3400-\u9fff\uff00-\uffef]/;

test('with only the demo account, the app opens on it, labelled as offline demo data in both languages', async ({
  page,
}) => {
  await page.goto(e2eEnv().baseURL + '/');
  await expect(picker(page)).toHaveValue('demo');
  await expect(picker(page).getByRole('option', { name: '演示账号（离线演示数据）' })).toBeAttached();
  await expect(page.getByText('离线演示数据', { exact: true })).toBeVisible();
  await expectAccessible(page, 'first screen');

  await page.getByTestId('lang-toggle').click();
  await expect(page.getByText('Offline demo data', { exact: true })).toBeVisible();
  const labels = await picker(page).getByRole('option').allTextContents();
  expect(labels).toContain('Demo account (offline demo data)');
  // No Chinese in the account labels the app writes (a name the user typed is theirs: none here).
  for (const label of labels.filter((l) => l.startsWith('Demo'))) expect(label).not.toMatch(CJK);
});

/** A second browser-mode server whose environment names an account of the emulator (WX_APPID…). */
async function startEnvServer(): Promise<{ link: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [`${process.env.SUCAIDESK_OUT ?? 'dist'}/web/server.cjs`], {
    env: {
      ...process.env,
      PORT: '0',
      WX_APPID: DEMO_APP_ID,
      WX_APPSECRET: DEMO_APP_SECRET,
      WX_API_BASE: e2eEnv().emulatorURL,
      SUCAIDESK_DATA_DIR: mkdtempSync(path.join(os.tmpdir(), 'e2e-env-account-')),
      SUCAIDESK_EMULATOR_ADMIN: '',
      SUCAIDESK_DEMO_PORT: '',
    },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const lines: string[] = [];
  const link = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`web server did not start:\n${lines.join('\n')}`)), 30_000);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      lines.push(...chunk.split('\n'));
      const found = lines.map((l) => /(http:\/\/127\.0\.0\.1:\d+\/\?t=[a-f0-9]+)/.exec(l)?.[1]).find(Boolean);
      if (found) {
        clearTimeout(timer);
        resolve(found);
      }
    });
    child.on('exit', (code) => reject(new Error(`web server exited with ${code}:\n${lines.join('\n')}`)));
  });
  return { link, child };
}

test('with an account from the environment, the app opens on it; the demo can still be picked', async ({ page }) => {
  const { link, child } = await startEnvServer();
  try {
    await page.goto(link);
    await expect(picker(page)).toHaveValue('env');
    await expect(page.getByText('离线演示数据', { exact: true })).toHaveCount(0);
    await expect(picker(page).getByRole('option', { name: /^环境变量账号 · wx/ })).toBeAttached();
    await expect(page.getByRole('tabpanel').getByTestId('material-card').first()).toBeVisible({ timeout: 20_000 });

    await page.getByTestId('lang-toggle').click();
    const envLabel = await picker(page).getByRole('option', { selected: true }).textContent();
    expect(envLabel).toMatch(/^Account from environment · wx/);
    expect(envLabel).not.toMatch(CJK);

    await picker(page).selectOption('demo');
    await expect(page.getByText('Offline demo data', { exact: true })).toBeVisible();
  } finally {
    const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
    child.kill('SIGTERM');
    // With sharp's wasm32 build, an exit during a decode used to hang for ever (issue 11); the server now
    // waits for running decodes (stopImageWork) and must end cleanly, within seconds.
    let hung = false;
    const timer = setTimeout(() => {
      hung = true;
      child.kill('SIGKILL');
    }, 15_000);
    const code = await exited;
    clearTimeout(timer);
    expect(hung, 'the server did not exit 15 s after SIGTERM').toBe(false);
    expect(code).toBe(0);
  }
});

test('remove an account from 账号设置: cancel keeps it, confirm removes it here only', async ({ page }) => {
  await page.goto(e2eEnv().baseURL + '/');
  await expect(picker(page)).toHaveValue('demo');
  // 删除 is not next to 测试连接 any more.
  await expect(page.getByRole('banner').getByRole('button', { name: '删除账号' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: '测试连接' })).toBeVisible();

  const name = `临时号-${randomBytes(2).toString('hex')}`;
  await page.getByRole('button', { name: '+ 添加账号' }).click();
  const form = page.getByRole('form', { name: '添加公众号账号' });
  await form.getByLabel('名称').fill(name);
  await form.getByLabel('AppID（开发者 ID）').fill(`wx${randomBytes(8).toString('hex')}`);
  await form.getByLabel('AppSecret（开发者密码）').fill(randomBytes(16).toString('hex'));
  await form.getByLabel('API 地址（中转，可选）').fill(e2eEnv().emulatorURL);
  await form.getByRole('button', { name: '保存', exact: true }).click();
  await expect(picker(page).getByRole('option', { selected: true })).toHaveText(new RegExp(`^${name} · `));

  // Escape closes the settings and focus goes back to the button.
  const settings = page.getByRole('button', { name: '账号设置' });
  await settings.click();
  const dialog = page.getByRole('dialog', { name: `账号设置：${name}` });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(settings).toBeFocused();

  // Cancel keeps the account.
  await settings.click();
  await dialog.getByRole('button', { name: '删除账号…' }).click();
  const confirm = page.getByRole('dialog', { name: `删除账号“${name}”？` });
  await expect(confirm).toContainText('将从本机删除');
  await expect(confirm).toContainText('微信公众号上的一切都不会改动');
  await expectAccessible(page, 'account settings', '.account-settings');
  await confirm.getByRole('button', { name: '取消' }).click();
  await expect(confirm).toHaveCount(0);
  await expect(picker(page).getByRole('option', { name: new RegExp(`^${name} · `) })).toBeAttached();

  // Confirm removes it; the app falls back to the demo.
  await dialog.getByRole('button', { name: '删除账号…' }).click();
  await confirm.getByRole('button', { name: '删除账号', exact: true }).click();
  await expect(dialog).toHaveCount(0);
  await expect(picker(page).getByRole('option', { name: new RegExp(`^${name} · `) })).toHaveCount(0);
  await expect(picker(page)).toHaveValue('demo');
  await expect(page.getByRole('status').filter({ hasText: `已删除账号“${name}”` })).toBeVisible();
});
