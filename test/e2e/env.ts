import { readFileSync } from 'node:fs';
import type { E2eEnv } from './global-setup';
import { e2eReportDir } from './report-dir';

/** Written by global-setup: the browser-mode server, the demo account's emulator and the session's API key. */
export function e2eEnv(): E2eEnv {
  return JSON.parse(readFileSync(`${e2eReportDir()}/e2e-env.json`, 'utf8')) as E2eEnv;
}

export interface LedgerEntry {
  appId: string;
  mediaId: string;
  kind: string;
  type: string;
  name: string;
  size: number;
  sha256: string;
  deleted: boolean;
}

/** The emulator's ledger of stored objects: the ground truth the UI is checked against. */
export async function ledger(): Promise<LedgerEntry[]> {
  const res = await fetch(`${e2eEnv().emulatorURL}/__emulator/ledger`);
  return (await res.json()) as LedgerEntry[];
}
