/**
 * `test` and `expect` for every e2e file: Playwright's, with the browser-mode session's API key put
 * into sessionStorage of each page on the server's origin before the app starts, as the one-time
 * link's `/#k=` redirect would (renderer/src/lib/session-key.ts). The cookie comes from storageState.
 */
import { test as base } from '@playwright/test';
import { e2eEnv } from './env';

export { expect } from '@playwright/test';
export type { Browser, BrowserContext, Page } from '@playwright/test';

export const test = base.extend({
  context: async ({ context }, use) => {
    const { baseURL, apiKey } = e2eEnv();
    await context.addInitScript(
      ({ origin, key }) => {
        if (location.origin === origin) sessionStorage.setItem('sucaidesk.apiKey', key);
      },
      { origin: baseURL, key: apiKey },
    );
    await use(context);
  },
});
