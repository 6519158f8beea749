import { e2eEnv } from './env';
import { expect, test } from './fixtures';
import { chineseOutsideContent, openApp, SCREENS } from './ui-screens';

// Issue 10, "Language": switched to English, no screen of the app shows Chinese UI text; only user
// content (names, titles, bodies, marked `data-content`) may be Chinese. Units and dates follow the
// app language, not the system locale. Also: the favicon loads, and nothing the page asks for is a 404.

test('in English no screen shows Chinese outside user content', async ({ page }) => {
  // The page itself and what it links (bundle, favicon) must all load. Media routes (/thumb/…) are left
  // out: a missing thumbnail is the card's business (it falls back to a glyph), not the page's.
  const failed: string[] = [];
  page.on('response', (res) => {
    const url = new URL(res.url());
    if (
      res.status() >= 400 &&
      url.origin === e2eEnv().baseURL &&
      !/^\/(thumb|preview|temp|artimg)\//.test(url.pathname)
    )
      failed.push(`${res.status()} ${res.url()}`);
  });

  await openApp(page, 'en');
  // The title names the selected account after the app (features/shortcuts/use-window-title.ts).
  await expect(page).toHaveTitle(/^SucaiDesk — \S/);
  for (const screen of SCREENS) {
    await screen.open(page, 'en');
    // Polled: lists and dialogs settle after their data arrives.
    await expect
      .poll(async () => (await chineseOutsideContent(page)).map((f) => `${f.where}: ${f.text}`), {
        message: `Chinese UI text on ${screen.name}`,
      })
      .toEqual([]);
    await screen.close?.(page, 'en');
  }

  // The library's other tabs: voice, video, legacy articles, the draft box and published articles.
  await page.getByRole('navigation').getByText('Library', { exact: true }).click();
  for (const tab of [/^Voice/, /^Video/, /^Legacy articles/, /^Draft box/, /^Published/]) {
    await page.getByRole('tab', { name: tab }).click();
    await expect(page.getByRole('tab', { name: tab })).toHaveAttribute('aria-selected', 'true');
    await expect
      .poll(async () => (await chineseOutsideContent(page)).map((f) => `${f.where}: ${f.text}`), {
        message: `Chinese UI text on tab ${tab}`,
      })
      .toEqual([]);
  }

  expect(failed).toEqual([]);
});

test('the favicon is served as SVG and announced by the page', async ({ page }) => {
  await openApp(page, 'zh-CN');
  const href = await page.locator('link[rel="icon"]').evaluate((l: HTMLLinkElement) => l.href);
  const res = await page.request.get(href);
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toBe('image/svg+xml');
  expect(await res.text()).toContain('<svg');
  // The header logo is the same picture, so it costs no text in either language.
  await expect
    .poll(() => page.locator('.brand-mark').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
    .toBeGreaterThan(0);
});

test('units and dates follow the app language, not the system locale', async ({ page }) => {
  await openApp(page, 'zh-CN');
  const date = page.getByTestId('material-date').first();
  await expect(date).toHaveText(/\d{4}年\d{1,2}月\d{1,2}日/);
  const stamp = await date.getAttribute('datetime');
  await page.getByRole('button', { name: /Switch to English/ }).click();
  await expect(page.getByTestId('material-date').first()).toHaveText(
    new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(stamp!)),
  );
  // Upload totals: no "B/s" or "s" glued to Chinese, and the English line uses English units.
  await page.getByRole('navigation').getByText('Uploads & temporary media', { exact: true }).click();
  const totals = page.getByTestId('uploads-totals');
  await expect(totals).toContainText(/kB\/s/);
  await expect(totals).toContainText(/\bseconds?\b|\bminutes?\b|estimating/);
  await expect(totals).not.toContainText(/[\u4e00-\u9fff]/);
  await page.getByRole('button', { name: /切换到中文/ }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  // "0 B/s · 剩余 0 s" was the bug: the speed and the time left now read in Chinese units.
  await expect(totals).toContainText(/kB\/秒/);
  await expect(totals).toContainText(/剩余/);
  await expect(totals).not.toContainText(/B\/s|\d ?s\b|\bsec/);
});

test('the Chinese check itself sees UI text and leaves marked content alone', async ({ page }) => {
  await openApp(page, 'en');
  await page.evaluate(() => {
    const ui = Object.assign(document.createElement('button'), { textContent: '删除' });
    const content = Object.assign(document.createElement('span'), { textContent: '春节海报.png' });
    content.dataset.content = '';
    const label = Object.assign(document.createElement('button'), { textContent: 'Delete' });
    label.setAttribute('aria-label', 'Delete “春节海报.png”');
    const foreign = Object.assign(document.createElement('button'), { textContent: 'Open' });
    foreign.setAttribute('aria-label', '打开');
    document.body.append(ui, content, label, foreign);
  });
  const found = (await chineseOutsideContent(page)).map((f) => f.text);
  expect(found).toEqual(['删除', 'aria-label="打开"']);
});
