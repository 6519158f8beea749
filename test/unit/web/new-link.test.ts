/**
 * A new one-time link without a terminal (issue 10): the local control channel
 * (electron/web/control-channel.ts) hands a link only to a caller that can read the 0600 key file in the
 * 0700 run folder; a second server on the same data folder is refused; what the server prints says how.
 */
import { statSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  AlreadyRunningError,
  CONTROL_FILE,
  NoServerError,
  openControlChannel,
  requestNewLink,
  type ControlChannel,
} from '../../../electron/web/control-channel';
import { nextLinkHint, newLinkCommand, shellWord } from '../../../electron/web/link-hints';
import { SessionGate } from '../../../electron/web/session-gate';

const open: ControlChannel[] = [];
afterEach(async () => {
  for (const c of open.splice(0)) await c.close();
});

async function channel(dataDir: string, link: () => string | null = () => 'http://127.0.0.1:1/?t=abc') {
  const c = await openControlChannel(dataDir, link);
  open.push(c);
  return c;
}

/** Sends one raw line on the socket and returns the reply. */
function rawAsk(socket: string, line: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const conn = net.connect(socket, () => conn.write(line));
    let reply = '';
    conn.setEncoding('utf8').on('data', (c: string) => (reply += c));
    conn.on('end', () => resolve(reply));
    conn.on('error', reject);
  });
}

describe('the --new-link control channel', () => {
  it('gives a fresh link to a caller holding the key file; the folder and files are private', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'ctl-'));
    const gate = new SessionGate();
    const c = await channel(dataDir, () => `http://127.0.0.1:9/?t=${gate.issueToken()}`);
    const link = await requestNewLink(dataDir);
    expect(link).toMatch(/^http:\/\/127\.0\.0\.1:9\/\?t=[a-f0-9]{48}$/);
    // The link works once, like the printed one.
    const token = new URL(link).searchParams.get('t');
    expect(gate.redeem(token)).toBe(true);
    expect(gate.redeem(token)).toBe(false);
    if (process.platform !== 'win32') {
      expect(statSync(path.join(dataDir, 'run')).mode & 0o777).toBe(0o700);
      expect(statSync(path.join(dataDir, 'run', CONTROL_FILE)).mode & 0o777).toBe(0o600);
      expect(statSync(c.socket).mode & 0o777).toBe(0o600);
    }
  });

  it('answers a wrong or missing key, or junk, with {ok:false} and no link', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'ctl-'));
    let issued = 0;
    const c = await channel(dataDir, () => `link-${++issued}`);
    expect(await rawAsk(c.socket, `${JSON.stringify({ key: 'f'.repeat(64), cmd: 'new-link' })}\n`)).toBe(
      '{"ok":false}\n',
    );
    expect(await rawAsk(c.socket, `${JSON.stringify({ cmd: 'new-link' })}\n`)).toBe('{"ok":false}\n');
    expect(await rawAsk(c.socket, 'GET / HTTP/1.1\r\nHost: x\r\n\r\n')).toBe('{"ok":false}\n');
    expect(issued).toBe(0);
  });

  it('says no server when none runs, when the file points nowhere, and while the server is starting', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'ctl-'));
    await expect(requestNewLink(dataDir)).rejects.toBeInstanceOf(NoServerError);
    await channel(dataDir, () => null);
    await expect(requestNewLink(dataDir)).rejects.toBeInstanceOf(NoServerError);
  });

  it('refuses a second server on the same folder, and takes over a stale channel after a crash', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'ctl-'));
    await channel(dataDir);
    await expect(openControlChannel(dataDir, () => null)).rejects.toBeInstanceOf(AlreadyRunningError);
    // A crashed server leaves its control file behind, naming a socket nobody listens on.
    const stale = await mkdtemp(path.join(os.tmpdir(), 'ctl-'));
    const first = await openControlChannel(stale, () => 'old');
    const file = await readFile(path.join(stale, 'run', CONTROL_FILE), 'utf8');
    await first.close();
    await writeFile(path.join(stale, 'run', CONTROL_FILE), file);
    await channel(stale, () => 'new');
    expect(await requestNewLink(stale)).toBe('new');
  });

  it('works when the data folder path is too long for a socket', async () => {
    const dataDir = path.join(await mkdtemp(path.join(os.tmpdir(), 'ctl-')), 'x'.repeat(120));
    const c = await channel(dataDir, () => 'long');
    expect(c.socket.length).toBeLessThan(108);
    expect(await requestNewLink(dataDir)).toBe('long');
  });
});

describe('what the server prints about the next link', () => {
  const data = { dir: '/home/op/my data', source: 'env' as const };

  it('in a terminal: press Enter', () => {
    expect(nextLinkHint(true, data, 42)).toMatch(/press Enter/);
  });

  it('without a terminal: the --new-link command for this data folder and the signal', () => {
    const hint = nextLinkHint(false, data, 42, 'linux');
    expect(hint).toContain("SUCAIDESK_DATA_DIR='/home/op/my data' npm run web -- --new-link");
    expect(hint).toContain('kill -USR2 42');
    expect(hint).not.toMatch(/Enter/);
    expect(nextLinkHint(false, data, 42, 'win32')).not.toContain('kill');
    expect(newLinkCommand({ dir: '/x', source: 'default' })).toBe('npm run web -- --new-link');
  });

  it('quotes a folder as one shell word', () => {
    expect(shellWord('/a/b-c_d.e')).toBe('/a/b-c_d.e');
    expect(shellWord("/it's here")).toBe(`'/it'\\''s here'`);
  });

  it('the gate reports each used link, so the server can print the hint then', () => {
    let used = 0;
    const gate = new SessionGate({ onRedeemed: () => (used += 1) });
    const t = gate.issueToken();
    gate.redeem(t);
    gate.redeem(t);
    gate.redeem('nope');
    expect(used).toBe(1);
  });
});
