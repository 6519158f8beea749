import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from './fixtures';
import { makePng } from '../fakes/png';
import { e2eEnv, ledger } from './env';

// The library toolbar's upload button goes through the same journaled queue as drops and pastes:
// when add_material's answer is lost after WeChat stored the file (drop-after), the queue
// reconciles instead of reporting a failure the user would retry into a duplicate. Checked against
// the emulator's ledger (what WeChat would hold), acting on the page by role and visible name.

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const run = Date.now().toString(36);

test('the toolbar upload under drop-after faults lands each file exactly once and reports every one done', async ({
  page,
}) => {
  const emu = e2eEnv().emulatorURL;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'e2e-toolbar-'));
  const prefix = `toolbar-${run}-`;
  const files = Array.from({ length: 6 }, (_, i) => {
    const name = `${prefix}${i}.png`;
    const bytes = makePng(20 + i, 12 + i, 700 + i);
    writeFileSync(path.join(dir, name), bytes);
    return { name, file: path.join(dir, name), sha: sha256(bytes) };
  });

  await page.goto(e2eEnv().baseURL + '/');
  await expect(page.getByTestId('account-picker')).not.toHaveValue('');
  // Half the add_material calls store the file and then lose the answer.
  await fetch(`${emu}/__emulator/faults`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify([{ endpoint: 'material/add_material', kind: 'drop-after', probability: 0.5, seed: 9 }]),
  });
  try {
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: /上传图片|Upload images/ }).click(),
    ]);
    await chooser.setFiles(files.map((f) => f.file));
    const status = page.getByRole('status').filter({ hasText: prefix });
    await expect(status).toContainText(/6 个成功，0 个失败|6 succeeded, 0 failed/, { timeout: 50_000 });
  } finally {
    await fetch(`${emu}/__emulator/faults`, { method: 'DELETE', headers: { 'Content-Type': 'application/json' } });
  }

  const stored = (await ledger()).filter((e) => e.kind === 'material' && !e.deleted && e.name.startsWith(prefix));
  for (const f of files)
    expect(
      stored.filter((e) => e.sha256 === f.sha),
      f.name,
    ).toHaveLength(1);
  expect(stored).toHaveLength(files.length);
  const calls = (await (await fetch(`${emu}/__emulator/calls`)).json()) as { endpoint: string; fault?: string }[];
  expect(
    calls.filter((c) => c.endpoint === 'material/add_material' && c.fault === 'drop-after').length,
  ).toBeGreaterThan(0);
  // The new items are listed first in the library, by their names.
  await expect(page.getByRole('tabpanel').getByText(`${prefix}5.png`)).toBeVisible();
});
