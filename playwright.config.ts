import { defineConfig } from '@playwright/test';

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
  outputDir: 'test-results',
  use: {
    browserName: 'chromium',
    acceptDownloads: true,
    storageState: 'reports/e2e-session.json',
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
