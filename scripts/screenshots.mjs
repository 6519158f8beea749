#!/usr/bin/env node
/**
 * `npm run screenshots`: builds (if sources changed, like `npm run web`), starts browser mode with the demo
 * emulator through the e2e global setup, and photographs the main screens (library, preview, uploads,
 * editor, draft box, published, quota) in zh-CN and English at 1280×800 and 900×800 into
 * `reports/screenshots/` (SCREENSHOTS_DIR overrides). Fails when a screen cannot be reached. What each
 * shot showed in Chinese (English mode) or clipped is listed in `findings.json` next to the PNGs; the
 * e2e tests test/e2e/language.e2e.ts and test/e2e/screens.e2e.ts fail on the same findings. The README's
 * pictures (scripts/readme-screenshots.mjs) are then copied into docs/screenshots/, which is committed.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { README_SHOTS, README_SHOTS_DIR } from './readme-screenshots.mjs';

const outDir = path.resolve(process.env.SCREENSHOTS_DIR ?? 'reports/screenshots');
const env = {
  ...process.env,
  SCREENSHOTS_DIR: outDir,
  // The session files of this run, apart from a parallel e2e run's (test/e2e/report-dir.ts).
  E2E_REPORT_DIR: process.env.E2E_REPORT_DIR ?? 'reports/screenshots-session',
};

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const run = spawnSync(npx, ['playwright', 'test', '--config', 'playwright.screenshots.config.ts', '--reporter=list'], {
  stdio: 'inherit',
  env,
});
let shots = [];
try {
  shots = readdirSync(outDir).filter((f) => f.endsWith('.png'));
} catch {
  // No folder: nothing was photographed; the status below says why.
}
console.log(`\n${shots.length} screenshots in ${outDir}`);
if (run.status !== 0) process.exit(run.status ?? 1);
// The README's pictures (scripts/readme-screenshots.mjs) are copied where they are committed; a missing one
// fails the run like an unreachable screen.
const missing = README_SHOTS.filter((f) => !existsSync(path.join(outDir, f)));
if (missing.length) {
  console.error(`missing README screenshots: ${missing.join(', ')}`);
  process.exit(1);
}
mkdirSync(README_SHOTS_DIR, { recursive: true });
for (const f of README_SHOTS) copyFileSync(path.join(outDir, f), path.join(README_SHOTS_DIR, f));
console.log(`${README_SHOTS.length} of them copied to ${README_SHOTS_DIR}/ for the README`);
