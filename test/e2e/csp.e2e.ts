/**
 * Electron security checklist item 7, checked where it is enforced: Chromium. The app is loaded in
 * browser mode (same bundle, same CSP header as the desktop app:// handler, both from
 * electron/core/security/csp.ts), then an inline script, an eval, a remote image and a frame are
 * each attempted and must each be blocked with a securitypolicyviolation event. The "remote" image
 * points at 127.0.0.2:9 so that, were the CSP missing, nothing would leave the machine.
 */
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '../../electron/core/security/csp';
import { e2eEnv } from './env';
import { expect, test } from './fixtures';

interface Violation {
  directive: string;
  blocked: string;
}

test('the CSP header is the one csp.ts declares, on the page and on a 404', async ({ page }) => {
  const { baseURL } = e2eEnv();
  for (const path of ['/', '/no-such-file.js']) {
    const res = await page.request.get(baseURL + path);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      expect(res.headers()[name.toLowerCase()], `${path} ${name}`).toBe(value);
    }
    expect(res.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  }
});

test('inline script, eval, remote image and frame are each blocked by the CSP', async ({ page }) => {
  await page.addInitScript(() => {
    const seen: { directive: string; blocked: string }[] = [];
    (window as unknown as { __violations: typeof seen }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push({ directive: e.effectiveDirective, blocked: e.blockedURI }),
    );
  });
  await page.goto(e2eEnv().baseURL + '/');
  const violations = () => page.evaluate(() => (window as unknown as { __violations: Violation[] }).__violations);
  const ran = await page.evaluate(async () => {
    const w = window as unknown as { __inlineRan?: boolean };
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true';
    document.body.append(script);
    // A string timer is compiled later, by the page itself: code evaluated through DevTools (this
    // callback) is exempt from 'unsafe-eval', the page's own eval is not.
    const w2 = window as unknown as { __evalRan?: boolean; setTimeout: (code: string, ms: number) => number };
    w2.setTimeout('window.__evalRan = true', 0);
    const img = document.createElement('img');
    img.src = 'http://127.0.0.2:9/remote.png';
    document.body.append(img);
    const frame = document.createElement('iframe');
    frame.src = '/';
    document.body.append(frame);
    await new Promise((r) => setTimeout(r, 300));
    return { inline: w.__inlineRan === true, eval: w2.__evalRan === true };
  });
  expect(ran).toEqual({ inline: false, eval: false });
  await expect
    .poll(async () => (await violations()).map((v) => v.directive).sort())
    .toEqual(expect.arrayContaining(['frame-src', 'img-src', 'script-src-elem']));
  const all = await violations();
  expect(all.some((v) => v.blocked === 'eval')).toBe(true);
  expect(all.some((v) => v.blocked === 'inline')).toBe(true);
  expect(all.some((v) => v.directive === 'img-src' && v.blocked.startsWith('http://127.0.0.2:9/'))).toBe(true);
  expect(all.some((v) => v.directive === 'frame-src')).toBe(true);
});
