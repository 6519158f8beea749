import { defineConfig } from '@playwright/test';

/** Per-run folder for the session state and URLs (parallel runs set E2E_REPORT_DIR apart). */
const reportDir = process.env.E2E_REPORT_DIR ?? 'reports';

// UI tests run in Debian's Chromium against browser mode + the demo emulator (the Electron
// binary cannot be downloaded here). test/e2e/global-setup.ts starts the server.
export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.e2e.ts',
  globalSetup: './test/e2e/global-setup.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  outputDir: `test-results/${reportDir.replace(/[\\/]/g, '_')}`,
  use: {
    browserName: 'chromium',
    acceptDownloads: true,
    storageState: `${reportDir}/e2e-session.json`,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
});
