/**
 * Accounts, as an operator does it: add an account (with a mistyped AppSecret), fix the name and the secret
 * in 账号设置, test the connection; set a proxy and see the account's calls go through it; a 40164 shows
 * the machine's IP and the whitelist steps; remove the account. Outcomes are checked where they happen:
 * the emulator's call log (stable_token answered 0 / 40125) and the test proxy's list of tunnels.
 *
 * This file runs its own emulator with one account of a random AppID (no other file's data is touched, and
 * its IP whitelist can be set without affecting the demo), and a CONNECT proxy on 127.0.0.1
 * (test/support/connect-proxy.ts); nothing leaves 127.0.0.0/8.
 */
import { randomBytes } from 'node:crypto';
import { startEmulator, type Emulator } from '../../electron/emulator/index';
import { startConnectProxy, type ConnectProxy } from '../support/connect-proxy';
import { expectAccessible } from './axe';
import { e2eEnv } from './env';
import { expect, test, type Page } from './fixtures';

const suffix = randomBytes(3).toString('hex');
const account = {
  appId: `wx${randomBytes(8).toString('hex')}`,
  appSecret: randomBytes(16).toString('hex'),
};
const PROXY_USER = 'op';
const PROXY_PASSWORD = `pw${randomBytes(6).toString('hex')}`;

let emu: Emulator;
let proxy: ConnectProxy;

test.beforeAll(async () => {
  emu = await startEmulator({ accounts: [account], enforceQuota: false });
  proxy = await startConnectProxy({ user: PROXY_USER, password: PROXY_PASSWORD });
});

test.afterAll(async () => {
  await proxy.close();
  await emu.close();
});

/** stable_token answers the emulator gave, newest last (errcode 0 = a token was issued). */
const tokenAnswers = () =>
  emu
    .calls()
    .filter((c) => c.endpoint === 'stable_token')
    .map((c) => c.errcode ?? 0);

async function testConnection(page: Page) {
  await page.getByRole('button', { name: '测试连接' }).click();
  const result = page.getByTestId('account-test-result');
  await expect(result).toBeVisible();
  return result;
}

test('edit an account, route it through a proxy, and read what a failed test says', async ({ page }) => {
  await page.goto(`${e2eEnv().baseURL}/`);
  const name = `素材号-${suffix}`;
  const renamed = `改名号-${suffix}`;

  // Add it with a mistyped secret.
  await page.getByRole('button', { name: '+ 添加账号' }).click();
  const form = page.getByRole('form', { name: '添加公众号账号' });
  await form.getByLabel('名称', { exact: true }).fill(name);
  await form.getByLabel('AppID（开发者 ID）').fill(account.appId);
  await form.getByLabel('AppSecret（开发者密码）').fill(`x${account.appSecret.slice(1)}`);
  await form.getByLabel('API 地址（中转，可选）').fill(emu.url);
  await form.getByRole('button', { name: '保存', exact: true }).click();
  const picker = page.getByRole('combobox', { name: '公众号' });
  await expect(picker.getByRole('option', { name: new RegExp(name) })).toHaveCount(1);
  await expect(await testConnection(page)).toContainText('40125');
  expect(tokenAnswers().at(-1)).toBe(40125);

  // 账号设置: new name and the right secret.
  await page.getByRole('button', { name: '账号设置' }).click();
  // Any 账号设置 dialog: its title follows the name being edited.
  const settings = page.getByRole('dialog', { name: /^账号设置：/ });
  await expect(settings).toHaveAccessibleName(`账号设置：${name}`);
  await expectAccessible(page, 'account settings (edit form)');
  await settings.getByLabel('名称', { exact: true }).fill(renamed);
  await settings.getByLabel('AppSecret（留空则不变）').fill(account.appSecret);
  await settings.getByRole('button', { name: '保存修改' }).click();
  await expect(settings.getByRole('status')).toContainText('已保存修改');
  await expect(settings).toHaveAccessibleName(`账号设置：${renamed}`);
  await page.getByRole('button', { name: '关闭', exact: true }).click();
  await expect(picker.getByRole('option', { name: new RegExp(renamed) })).toHaveCount(1);
  await expect(picker.getByRole('option', { name: new RegExp(name) })).toHaveCount(0);
  await expect(await testConnection(page)).toContainText('连接正常');
  expect(tokenAnswers().at(-1)).toBe(0);

  // A proxy: the account's calls now go through it; the password is never shown again.
  await page.getByRole('button', { name: '账号设置' }).click();
  const settings2 = page.getByRole('dialog', { name: `账号设置：${renamed}` });
  await settings2.getByLabel('代理（可选）').fill(`http://${PROXY_USER}:${PROXY_PASSWORD}@127.0.0.1:${proxy.port}`);
  await settings2.getByRole('button', { name: '保存修改' }).click();
  await expect(settings2.getByRole('status')).toContainText('已保存修改');
  await expect(settings2.getByLabel('代理（可选）')).toHaveValue(`http://${PROXY_USER}@127.0.0.1:${proxy.port}`);
  await expect(settings2).toContainText(`经代理：http://${PROXY_USER}@127.0.0.1:${proxy.port}`);
  await expect(page.locator('body')).not.toContainText(PROXY_PASSWORD);
  await page.getByRole('button', { name: '关闭', exact: true }).click();
  const tunnelsBefore = proxy.connects.length;
  await expect(await testConnection(page)).toContainText('连接正常');
  expect(proxy.connects.slice(tunnelsBefore)).toContain(new URL(emu.url).host);
  expect(tokenAnswers().at(-1)).toBe(0);

  // IP not whitelisted: the IP WeChat saw and the steps.
  emu.setIpWhitelist(account.appId, ['203.0.113.7']);
  const refused = await testConnection(page);
  await expect(refused).toContainText('40164');
  await expect(refused).toContainText('127.0.0.1');
  await expect(refused).toContainText('IP白名单');
  await expect(refused).toContainText('设置与开发');
  expect(tokenAnswers().at(-1)).toBe(40164);
  await page.getByTestId('lang-toggle').click();
  await expect(page.getByTestId('account-test-result')).toContainText(/127\.0\.0\.1.*IP whitelist/s);
  await page.getByTestId('lang-toggle').click();
  emu.setIpWhitelist(account.appId, null);

  // Remove: the confirmation says what goes locally and that WeChat is untouched.
  await page.getByRole('button', { name: '账号设置' }).click();
  await page.getByRole('button', { name: '删除账号…' }).click();
  const confirm = page.getByRole('dialog', { name: new RegExp(`删除账号“${renamed}”`) });
  await expect(confirm).toContainText('代理密码');
  await expect(confirm).toContainText('上传队列');
  await expect(confirm).toContainText('微信公众号上的一切都不会改动');
  await confirm.getByRole('button', { name: '删除账号' }).click();
  await expect(picker).toHaveValue('demo');
  await expect(picker.getByRole('option', { name: new RegExp(renamed) })).toHaveCount(0);
});
