/**
 * A local channel to a running browser-mode server, for a new one-time link when nobody can press Enter
 * in its terminal (started by systemd, a container, nohup): `npm run web -- --new-link` asks it here.
 *
 * Only this user can use it, twice over: the server listens on a Unix socket (a named pipe on Windows)
 * inside `<data>/run/`, a folder that is 0700, and it answers only a request that carries the key it
 * wrote to `<data>/run/web-control.json`, a 0600 file. There is deliberately no HTTP route for this:
 * anything on the loopback port is reachable by every local user and every page in the browser.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { chmod, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../core/fs/atomic-write';

/** The file a client reads to find the socket and the key. */
export const CONTROL_FILE = 'web-control.json';
/** A Unix socket path must fit in sockaddr_un (108 bytes on Linux, 104 on macOS). */
const MAX_SOCKET_PATH = 100;
const MAX_REQUEST_BYTES = 1024;
const REQUEST_TIMEOUT_MS = 2_000;

const controlFileSchema = z.object({ pid: z.number().int(), socket: z.string().min(1), key: z.string().length(64) });
const requestSchema = z.object({ key: z.string(), cmd: z.literal('new-link') });
const replySchema = z.union([z.object({ ok: z.literal(true), link: z.string() }), z.object({ ok: z.literal(false) })]);

export type ControlInfo = z.infer<typeof controlFileSchema>;

export interface ControlChannel {
  socket: string;
  close(): Promise<void>;
}

export class NoServerError extends Error {
  constructor(dataDir: string) {
    super(`no running SucaiDesk browser-mode server uses ${dataDir}`);
    this.name = 'NoServerError';
  }
}

function runDir(dataDir: string): string {
  return path.join(dataDir, 'run');
}

async function privateRunDir(dataDir: string): Promise<string> {
  const dir = runDir(dataDir);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  // mkdir's mode passes through the umask and leaves an existing folder as it was: set it outright.
  await chmod(dir, 0o700);
  return dir;
}

/** Where to listen: in the private run folder, or (a long data path) a private temp folder of its own. */
async function socketPath(dir: string): Promise<{ socket: string; tempDir: string | null }> {
  if (process.platform === 'win32')
    return { socket: `\\\\.\\pipe\\sucaidesk-${randomBytes(12).toString('hex')}`, tempDir: null };
  const inRun = path.join(dir, 'control.sock');
  if (inRun.length <= MAX_SOCKET_PATH) return { socket: inRun, tempDir: null };
  const tempDir = await mkdtemp(path.join(os.tmpdir(), 'sucaidesk-ctl-'));
  return { socket: path.join(tempDir, 'control.sock'), tempDir };
}

async function readControlFile(dataDir: string): Promise<ControlInfo | null> {
  const text = await readFile(path.join(runDir(dataDir), CONTROL_FILE), 'utf8').catch(() => null);
  if (text === null) return null;
  try {
    const parsed = controlFileSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * Opens the channel of the server running on `dataDir`; `newLink` answers a valid request (null until
 * the server is ready). Throws AlreadyRunningError when another live server answers on this folder's
 * channel: two servers on one data folder would race on its journals, so the second must not start.
 */
export async function openControlChannel(dataDir: string, newLink: () => string | null): Promise<ControlChannel> {
  const dir = await privateRunDir(dataDir);
  const previous = await readControlFile(dataDir);
  if (previous && (await answers(previous.socket))) throw new AlreadyRunningError(previous.pid);
  if (previous && process.platform !== 'win32') await rm(previous.socket, { force: true });
  const { socket, tempDir } = await socketPath(dir);
  const key = randomBytes(32).toString('hex');
  const server = net.createServer((conn) => serveOne(conn, key, newLink));
  server.maxConnections = 4;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(socket, () => {
      server.off('error', reject);
      resolve();
    });
  });
  if (process.platform !== 'win32') await chmod(socket, 0o600);
  await writeFileAtomic(
    path.join(dir, CONTROL_FILE),
    `${JSON.stringify({ pid: process.pid, socket, key } satisfies ControlInfo)}\n`,
    0o600,
  );
  return {
    socket,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await rm(path.join(dir, CONTROL_FILE), { force: true });
      if (process.platform !== 'win32') await rm(socket, { force: true });
      if (tempDir) await rm(tempDir, { recursive: true, force: true });
    },
  };
}

export class AlreadyRunningError extends Error {
  constructor(readonly pid: number) {
    super(`a SucaiDesk browser-mode server (pid ${pid}) already uses this data folder`);
    this.name = 'AlreadyRunningError';
  }
}

/** One request per connection: a JSON line with the key; a wrong key gets `{ok:false}` and nothing else. */
function serveOne(conn: net.Socket, key: string, newLink: () => string | null): void {
  conn.setTimeout(REQUEST_TIMEOUT_MS, () => conn.destroy());
  conn.on('error', () => undefined);
  let buffer = '';
  conn.setEncoding('utf8').on('data', (chunk: string) => {
    buffer += chunk;
    if (buffer.length > MAX_REQUEST_BYTES) return void conn.destroy();
    const nl = buffer.indexOf('\n');
    if (nl < 0) return;
    conn.removeAllListeners('data');
    // null while the server is still starting: the client then says no server answers, and can retry.
    const link = authorized(buffer.slice(0, nl), key) ? newLink() : null;
    conn.end(`${JSON.stringify(link ? { ok: true, link } : { ok: false })}\n`);
  });
}

function authorized(line: string, key: string): boolean {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    return false;
  }
  const req = requestSchema.safeParse(parsed);
  if (!req.success) return false;
  const given = Buffer.from(req.data.key);
  const expected = Buffer.from(key);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** True when something accepts connections on `socket` (a live server, not a stale file). */
function answers(socket: string): Promise<boolean> {
  return new Promise((resolve) => {
    const conn = net.connect(socket);
    conn.once('connect', () => {
      conn.destroy();
      resolve(true);
    });
    conn.once('error', () => resolve(false));
  });
}

/** Asks the server running on `dataDir` for a new one-time link. Throws NoServerError when none answers. */
export async function requestNewLink(dataDir: string): Promise<string> {
  const info = await readControlFile(dataDir);
  if (!info) throw new NoServerError(dataDir);
  const line = await new Promise<string>((resolve, reject) => {
    const conn = net.connect(info.socket);
    let reply = '';
    conn.setTimeout(REQUEST_TIMEOUT_MS, () => conn.destroy(new Error('timeout')));
    conn.once('connect', () => conn.write(`${JSON.stringify({ key: info.key, cmd: 'new-link' })}\n`));
    conn.setEncoding('utf8').on('data', (c: string) => (reply += c));
    conn.once('end', () => resolve(reply));
    conn.once('error', () => reject(new NoServerError(dataDir)));
  });
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    throw new NoServerError(dataDir);
  }
  const reply = replySchema.safeParse(parsed);
  if (!reply.success || !reply.data.ok) throw new NoServerError(dataDir);
  return reply.data.link;
}
