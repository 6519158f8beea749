/**
 * The screenshot run of `npm run screenshots` (scripts/screenshots.mjs, playwright.screenshots.config.ts):
 * every main screen in both languages at 1280×800 and 900×800, as PNGs for a person to look at. A screen
 * that cannot be reached fails the run; Chinese text in English mode and clipped labels are listed in
 * findings.json (the e2e tests language.e2e.ts and screens.e2e.ts fail on them).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test, type Page } from './fixtures';
import { chineseOutsideContent, clippedLabels, openApp, SCREENS, type Finding, type UiLang } from './ui-screens';

const outDir = process.env.SCREENSHOTS_DIR ?? path.resolve('reports/screenshots');

/** Waits until every visible picture has decoded (or failed), so a shot does not catch half-loaded thumbs. */
async function settle(page: Page): Promise<void> {
  await page
    .waitForFunction(() => [...document.images].every((img) => img.complete), undefined, { timeout: 10_000 })
    .catch(() => undefined);
  await page.waitForTimeout(250);
}

const findings: Record<string, { chinese: Finding[]; clipped: Finding[] }> = {};

test.afterAll(() => {
  writeFileSync(path.join(outDir, 'findings.json'), JSON.stringify(findings, null, 2));
});

for (const lang of ['zh-CN', 'en'] as const satisfies readonly UiLang[]) {
  for (const width of [1280, 900]) {
    test(`screens in ${lang} at ${width}×800`, async ({ page }) => {
      mkdirSync(outDir, { recursive: true });
      await page.setViewportSize({ width, height: 800 });
      await openApp(page, lang);
      for (const screen of SCREENS) {
        await screen.open(page, lang);
        await settle(page);
        const name = `${lang}-${width}-${screen.name}`;
        await page.screenshot({ path: path.join(outDir, `${name}.png`) });
        findings[name] = {
          chinese: lang === 'en' ? await chineseOutsideContent(page) : [],
          clipped: await clippedLabels(page),
        };
        await screen.close?.(page, lang);
      }
    });
  }
}
