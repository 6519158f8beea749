import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEMO_APP_ID } from '../../electron/emulator/demo-account';
import { e2eEnv, ledger } from './env';
import { expect, test } from './fixtures';

// Issue 8 finding 2 in a real browser: Chromium sends the session cookie to every 127.0.0.1 port, so a
// page of any other local program holds it. This page tries what such a page can (fetch without and
// with CORS, <img> of asset routes, a form POST, an event stream) in the context that holds our session.
// It must read nothing, and the server must run nothing: checked through the emulator's call log.

const ATTACKER_PAGE = (base: string, previewId: string, thumbId: string) => `<!doctype html><meta charset="utf-8">
<iframe name="sink"></iframe>
<script>
const base = ${JSON.stringify(base)};
const results = {};
const attempt = async (name, fn) => {
  try { results[name] = await fn(); } catch (e) { results[name] = 'threw ' + e.name; }
};
const image = (src) => new Promise((resolve) => {
  const img = new Image();
  img.onload = () => resolve('loaded ' + img.naturalWidth);
  img.onerror = () => resolve('error');
  img.src = src;
});
(async () => {
  await attempt('no-cors call', async () => {
    const r = await fetch(base + '/api/call/accounts:test', { method: 'POST', mode: 'no-cors', credentials: 'include', body: '{"accountId":"demo"}' });
    return r.type + ' ' + r.status + ' [' + (await r.text()) + ']';
  });
  await attempt('cors call', async () => {
    const r = await fetch(base + '/api/call/accounts:list', { method: 'POST', credentials: 'include', headers: { 'Content-Type': 'application/json', 'X-SucaiDesk': '1' }, body: '{}' });
    return r.status + ' ' + (await r.text());
  });
  await attempt('no-cors events', async () => {
    const r = await fetch(base + '/api/events', { mode: 'no-cors', credentials: 'include' });
    return r.type + ' ' + r.status;
  });
  await attempt('preview img', () => image(base + '/preview/demo/' + encodeURIComponent(${JSON.stringify(previewId)})));
  await attempt('thumb img', () => image(base + '/thumb/demo/' + encodeURIComponent(${JSON.stringify(thumbId)})));
  await attempt('form post', () => new Promise((resolve) => {
    const sink = document.querySelector('iframe');
    sink.onload = () => {
      let read = 'unreadable';
      try { read = 'read: ' + sink.contentDocument.body.innerText; } catch {}
      resolve(read);
    };
    const form = document.createElement('form');
    form.method = 'POST';
    form.enctype = 'text/plain';
    form.target = 'sink';
    form.action = base + '/api/call/accounts:test';
    const input = document.createElement('input');
    input.name = '{"accountId":"demo","x":"';
    input.value = '"}';
    form.append(input);
    document.body.append(form);
    form.submit();
  }));
  window.__results = results;
})();
</script>`;

test('a page on another 127.0.0.1 port, holding the session cookie, can read nothing and run nothing', async ({
  context,
}) => {
  const { baseURL, emulatorURL } = e2eEnv();
  const calls = async () => ((await (await fetch(`${emulatorURL}/__emulator/calls`)).json()) as unknown[]).length;

  // Our own tab: the library index is loaded, so preview/thumb requests would really reach WeChat.
  const own = await context.newPage();
  await own.goto(`${baseURL}/`);
  await expect(own.getByTestId('material-card').first()).toBeVisible();
  const shown = await own
    .getByTestId('material-card')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-media-id')));
  const images = (await ledger()).filter(
    (e) => e.appId === DEMO_APP_ID && e.kind === 'material' && e.type === 'image' && !e.deleted,
  );
  const previewId = shown[shown.length - 1]!;
  const thumbId = images.map((e) => e.mediaId).find((id) => !shown.includes(id))!;
  await own.close();
  // Let our own tab's thumbnail fetches settle (the event stream keeps the network busy, so no 'networkidle').
  let settled = -1;
  await expect
    .poll(async () => {
      const [a, b] = [await calls(), await new Promise((r) => setTimeout(r, 500)).then(calls)];
      settled = b;
      return a === b;
    })
    .toBe(true);
  void settled;

  const attacker = http.createServer((req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(ATTACKER_PAGE(baseURL, previewId, thumbId));
  });
  await new Promise<void>((r) => attacker.listen(0, '127.0.0.1', r));
  try {
    const before = await calls();
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${(attacker.address() as AddressInfo).port}/`);
    const results = (await page
      .waitForFunction(() => (window as unknown as { __results?: unknown }).__results, null, {
        timeout: 15_000,
      })
      .then((h) => h.jsonValue())) as Record<string, string>;
    // Read nothing: a network error (CORS, or CORP on our answer), an opaque empty response, a failed image.
    const NOTHING = ['threw TypeError', 'opaque 0 []', 'opaque 0', 'error', 'unreadable'];
    expect(Object.keys(results).sort()).toEqual(
      ['cors call', 'form post', 'no-cors call', 'no-cors events', 'preview img', 'thumb img'].sort(),
    );
    for (const [name, got] of Object.entries(results))
      expect([name, NOTHING.includes(got) ? 'nothing' : got]).toEqual([name, 'nothing']);
    await page.waitForTimeout(1000);
    // Server side: no contract call, preview or thumbnail ran (each would have reached the emulator).
    expect(await calls()).toBe(before);
    await page.close();

    // The same preview from our own tab works (signed URL), and does reach the emulator: the check above can fail.
    const again = await context.newPage();
    await again.goto(`${baseURL}/`);
    await again
      .locator(`[data-testid="material-card"][data-media-id="${previewId}"]`)
      .getByTestId('material-open')
      .click();
    const preview = again.getByTestId('preview-image');
    await expect(preview).toHaveAttribute('src', /^preview\/demo\/.+\?e=\d+&s=[\w-]{43}$/);
    await expect
      .poll(() => preview.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
      .toBeGreaterThan(0);
    expect(await calls()).toBeGreaterThan(before);
    await again.close();
  } finally {
    attacker.close();
  }
});
