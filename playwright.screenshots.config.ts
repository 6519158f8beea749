import { defineConfig } from '@playwright/test';
import base from './playwright.config';

/**
 * `npm run screenshots` (scripts/screenshots.mjs): the e2e suite's config and global setup (browser mode +
 * the demo emulator), but only the screenshot run `test/e2e/screenshots.shots.ts`, which the suite's
 * `*.e2e.ts` pattern leaves out.
 */
export default defineConfig({
  ...base,
  testMatch: 'screenshots.shots.ts',
  outputDir: 'test-results/screenshots',
  timeout: 300_000,
});
