/**
 * What a fuzz run must leave untouched, checked from outside the code under test:
 * - the file tree of a private temp root (only the data folder and the temp folder may change),
 * - the network beyond loopback (every socket connect or DNS lookup elsewhere is refused and counted).
 */
import dns from 'node:dns';
import { appendFileSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export interface FuzzRoot {
  root: string;
  /** The app data folder handed to createCore. */
  dataDir: string;
  /** Set as TMPDIR for the run, so staging and download temp files land where the snapshot sees them. */
  tmpDir: string;
  /** Every path created under root since the snapshot that is not inside dataDir or tmpDir. */
  outside(): string[];
}

/** data/ and tmp/ sit three levels down, so `../`-style escapes land inside root, where they are seen. */
export function makeFuzzRoot(label: string): FuzzRoot {
  const root = mkdtempSync(path.join(os.tmpdir(), `sucaidesk-fuzz-${label}-`));
  const base = path.join(root, 'a', 'b', 'c');
  const dataDir = path.join(base, 'data');
  const tmpDir = path.join(base, 'tmp');
  mkdirSync(dataDir, { recursive: true });
  mkdirSync(tmpDir, { recursive: true });
  const inside = (p: string) =>
    p === dataDir || p === tmpDir || p.startsWith(dataDir + path.sep) || p.startsWith(tmpDir + path.sep);
  const before = new Set(walk(root));
  return { root, dataDir, tmpDir, outside: () => walk(root).filter((p) => !before.has(p) && !inside(p)) };
}

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    out.push(full);
    if (entry.isDirectory()) out.push(...walk(full));
  }
  return out;
}

const LOOPBACK = (host: string) => {
  const h = host.replace(/^\[|\]$/g, '');
  return h === 'localhost' || h === '::1' || (net.isIPv4(h) && h.startsWith('127.'));
};

export interface NetworkGuard {
  /** Hosts something tried to reach beyond loopback (the attempt was refused). */
  refused: string[];
  restore(): void;
}

/** Refuses (and records) every connection or lookup that would leave loopback. */
export function guardNetwork(): NetworkGuard {
  const refused: string[] = [];
  const connect = net.Socket.prototype.connect;
  const lookup = dns.lookup;
  const promisesLookup = dns.promises.lookup;
  const hostOf = (args: unknown[]): string | undefined => {
    const first = Array.isArray(args[0]) ? (args[0] as unknown[])[0] : args[0];
    if (typeof first === 'object' && first !== null) {
      const o = first as { host?: string; path?: string };
      return o.path !== undefined ? undefined : (o.host ?? 'localhost');
    }
    return typeof args[1] === 'string' ? args[1] : typeof first === 'string' ? undefined : 'localhost';
  };
  net.Socket.prototype.connect = function guarded(this: net.Socket, ...args: unknown[]): net.Socket {
    const host = hostOf(args);
    if (host !== undefined && !LOOPBACK(host)) {
      refused.push(host);
      throw new Error(`fuzz guard: connection to ${host} refused`);
    }
    return (connect as (...a: unknown[]) => net.Socket).apply(this, args);
  };
  const guardedLookup = (hostname: string) => {
    if (!LOOPBACK(hostname)) {
      refused.push(hostname);
      throw new Error(`fuzz guard: lookup of ${hostname} refused`);
    }
  };
  dns.lookup = ((hostname: string, ...rest: unknown[]) => {
    guardedLookup(hostname);
    return (lookup as (...a: unknown[]) => unknown)(hostname, ...rest);
  }) as typeof dns.lookup;
  dns.promises.lookup = ((hostname: string, ...rest: unknown[]) => {
    guardedLookup(hostname);
    return (promisesLookup as (...a: unknown[]) => unknown)(hostname, ...rest);
  }) as typeof dns.promises.lookup;
  return {
    refused,
    restore() {
      net.Socket.prototype.connect = connect;
      dns.lookup = lookup;
      dns.promises.lookup = promisesLookup;
    },
  };
}

/**
 * Prints one line per suite (`fuzz: <n> <what> × <runs> = <total> inputs, <n> crashes`) and, under
 * `npm test`, appends it to the file test/run-all.mjs names in SUCAIDESK_FUZZ_REPORT, which prints
 * it again next to the final count.
 */
export function reportFuzz(what: string, count: number, runs: number, crashes: number): void {
  const line = fuzzLine(what, count, runs, crashes);
  console.log(line);
  if (process.env.SUCAIDESK_FUZZ_REPORT) appendFileSync(process.env.SUCAIDESK_FUZZ_REPORT, `${line}\n`);
}

function fuzzLine(what: string, count: number, runs: number, crashes: number): string {
  return `fuzz: ${count} ${what} × ${runs.toLocaleString('en-US')} = ${(count * runs).toLocaleString('en-US')} inputs, ${crashes} crashes`;
}
