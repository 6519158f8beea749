import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from './fixtures';
import { expectAccessible } from './axe';
import { openApp, SCREENS } from './ui-screens';

// Issue 13, light and dark themes: the app follows the OS (prefers-color-scheme) and the settings'
// 跟随系统 / 浅色 / 深色 overrides it; contrast passes axe on the main screens in the dark theme, reached
// both ways. The article's phone preview keeps the article's own colours.

const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body.parentElement!).backgroundColor);
/** Relative luminance of an `rgb(…)` colour, 0 (black) to 1 (white). */
function luminance(rgb: string): number {
  const [r, g, b] = (rgb.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * Text contrast (axe's color-contrast, WCAG 1.4.3) on every main screen, polled as in screens.e2e.ts (a
 * refetching list is dimmed for a moment on purpose); the first screen also gets the whole axe run.
 */
async function contrastOnEveryScreen(page: Page, how: string): Promise<void> {
  for (const screen of SCREENS) {
    await screen.open(page, 'zh-CN');
    await expect
      .poll(
        async () => {
          const { violations } = await new AxeBuilder({ page }).withRules(['color-contrast']).analyze();
          return violations.flatMap((v) => v.nodes.map((n) => `${n.target.join(' ')}: ${n.any[0]?.message ?? v.help}`));
        },
        { message: `contrast on ${screen.name} (${how})`, timeout: 15_000 },
      )
      .toEqual([]);
    if (screen === SCREENS[0]) await expectAccessible(page, `${screen.name} (${how})`);
    await screen.close?.(page, 'zh-CN');
  }
}

test('follows a dark OS: dark colours, and no contrast problem on the main screens', async ({ page }) => {
  test.setTimeout(120_000);
  await page.emulateMedia({ colorScheme: 'dark' });
  await openApp(page, 'zh-CN');
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
  expect(luminance(await background(page))).toBeLessThan(0.05);
  await contrastOnEveryScreen(page, 'OS dark');

  // The phone preview shows what readers see: a white page, dark text.
  await page.getByRole('button', { name: '图文与草稿' }).click();
  await page.getByTestId('articles-tab-editor').click();
  const phone = page.getByTestId('phone-preview');
  await expect(phone).toBeVisible();
  expect(luminance(await phone.evaluate((el) => getComputedStyle(el).backgroundColor))).toBeGreaterThan(0.9);
});

test('the setting overrides the OS both ways, applies at once and is remembered', async ({ page }) => {
  test.setTimeout(120_000);
  await page.emulateMedia({ colorScheme: 'light' });
  await openApp(page, 'zh-CN');
  expect(luminance(await background(page))).toBeGreaterThan(0.8);

  await page.getByRole('button', { name: '设置', exact: true }).click();
  const settings = page.getByRole('dialog', { name: '设置' });
  const theme = settings.getByRole('group', { name: '主题' });
  await expect(theme.getByRole('radio', { name: '跟随系统' })).toBeChecked();
  await theme.getByRole('radio', { name: '深色' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(luminance(await background(page))).toBeLessThan(0.05);
  await expectAccessible(page, 'settings (dark setting)');
  await settings.getByRole('button', { name: '关闭' }).click();

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('gridcell').first()).toBeVisible({ timeout: 20_000 });
  await contrastOnEveryScreen(page, 'dark setting');

  // 浅色 under a dark OS stays light.
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.getByRole('button', { name: '设置', exact: true }).click();
  await settings.getByRole('group', { name: '主题' }).getByRole('radio', { name: '浅色' }).check();
  expect(luminance(await background(page))).toBeGreaterThan(0.8);
  await settings.getByRole('group', { name: '主题' }).getByRole('radio', { name: '跟随系统' }).check();
  expect(luminance(await background(page))).toBeLessThan(0.05);
});
