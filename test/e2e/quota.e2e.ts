import { expect, test, type Page } from './fixtures';
import { e2eEnv } from './env';
import { DEMO_APP_ID, DEMO_APP_SECRET } from '../../electron/emulator/demo-account';

// The quota view, end to end: a person opens it from the header by its name, and every figure it shows
// is what the emulator itself answers to openapi/quota/get for the same cgi_path.

const emu = (p: string) => `${e2eEnv().emulatorURL}${p}`;

async function token(): Promise<string> {
  const res = await fetch(emu('/cgi-bin/stable_token'), {
    method: 'POST',
    body: JSON.stringify({ grant_type: 'client_credential', appid: DEMO_APP_ID, secret: DEMO_APP_SECRET }),
  });
  return ((await res.json()) as { access_token: string }).access_token;
}

async function emulatorQuota(accessToken: string, cgiPath: string) {
  const res = await fetch(emu(`/cgi-bin/openapi/quota/get?access_token=${accessToken}`), {
    method: 'POST',
    body: JSON.stringify({ cgi_path: cgiPath }),
  });
  return ((await res.json()) as { quota: { daily_limit: number; used: number; remain: number } }).quota;
}

async function cgiCalls(): Promise<{ endpoint: string }[]> {
  return (await (await fetch(emu('/__emulator/calls'))).json()) as { endpoint: string }[];
}
const quotaGets = async () => (await cgiCalls()).filter((c) => c.endpoint === 'openapi/quota/get').length;

/** Waits until the app has made no WeChat call for a second (the library's first sync is done). */
async function settled(): Promise<void> {
  await expect
    .poll(
      async () => {
        const before = (await cgiCalls()).length;
        await new Promise((r) => setTimeout(r, 1000));
        return (await cgiCalls()).length - before;
      },
      { timeout: 20_000 },
    )
    .toBe(0);
}

async function openApp(page: Page): Promise<void> {
  await page.goto(e2eEnv().baseURL + '/');
  await expect(page.getByTestId('account-picker')).toHaveValue('demo');
  await expect(page.getByTestId('material-card').first()).toBeVisible();
}

test("the quota view shows today's used/limit per API exactly as the emulator counts them", async ({ page }) => {
  await openApp(page);
  // Use an API a known number of times from outside the app, so at least one figure is not zero.
  const accessToken = await token();
  for (let i = 0; i < 3; i++) await fetch(emu(`/cgi-bin/material/get_materialcount?access_token=${accessToken}`));
  await settled();

  const before = await quotaGets();
  await page.getByRole('button', { name: '接口额度' }).click();
  const dialog = page.getByRole('dialog', { name: '今日接口额度' });
  const rows = dialog.getByTestId('quota-row');
  await expect(rows.first()).toBeVisible();
  const shown = await rows.evaluateAll((els) =>
    els.map((el) => ({
      cgiPath: el.getAttribute('data-cgi-path') ?? '',
      text: el.querySelector('[data-testid="quota-used"]')?.textContent ?? '',
      meter: el.querySelector('meter')?.getAttribute('value') ?? '',
    })),
  );
  // One quota/get per listed API, once per opening.
  expect((await quotaGets()) - before).toBe(shown.length);
  expect(shown.map((r) => r.cgiPath)).toContain('/cgi-bin/material/get_materialcount');

  const fmt = new Intl.NumberFormat('en-US');
  for (const row of shown) {
    const q = await emulatorQuota(accessToken, row.cgiPath);
    expect(row.text, row.cgiPath).toBe(`已用 ${fmt.format(q.used)} / 上限 ${fmt.format(q.daily_limit)}`);
    expect(row.meter, row.cgiPath).toBe(String(q.used));
  }
  const count = shown.find((r) => r.cgiPath === '/cgi-bin/material/get_materialcount')!;
  expect(Number(count.meter)).toBeGreaterThanOrEqual(3);

  // Closed and reopened within the minute: the figures come from the cache, WeChat is not asked again.
  await dialog.getByRole('button', { name: '关闭' }).click();
  await expect(dialog).toBeHidden();
  const afterFirst = await quotaGets();
  await page.getByRole('button', { name: '接口额度' }).click();
  await expect(page.getByRole('dialog', { name: '今日接口额度' }).getByTestId('quota-row')).toHaveCount(shown.length);
  expect(await quotaGets()).toBe(afterFirst);

  // English too.
  await page.keyboard.press('Escape');
  await page.getByTestId('lang-toggle').click();
  await page.getByRole('button', { name: 'API quota' }).click();
  await expect(page.getByRole('dialog', { name: "Today's API quota" }).getByTestId('quota-used').first()).toHaveText(
    /^[\d,]+ used of [\d,]+$/,
  );
});
