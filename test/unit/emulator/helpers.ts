/**
 * Helpers for the emulator tests: plain fetch calls and a hand-built multipart body, so
 * tests control every byte of the part headers (raw UTF-8 filenames, filename*=, part
 * names) exactly like different real clients do.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { DEMO_APP_ID, DEMO_APP_SECRET, startEmulator } from '../../../electron/emulator/index';
import type { Emulator, EmulatorOptions } from '../../../electron/emulator/index';

export const ASSETS = fileURLToPath(new URL('../../../assets/demo', import.meta.url));
export const asset = (name: string): Buffer => readFileSync(resolve(ASSETS, name));

export async function start(opts: EmulatorOptions = {}): Promise<Emulator> {
  return startEmulator(opts);
}

export async function stableToken(
  emu: Emulator,
  force = false,
  appId = DEMO_APP_ID,
  secret = DEMO_APP_SECRET,
): Promise<{ access_token: string; expires_in: number }> {
  const res = await fetch(`${emu.url}/cgi-bin/stable_token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ grant_type: 'client_credential', appid: appId, secret, force_refresh: force }),
  });
  return (await res.json()) as { access_token: string; expires_in: number };
}

export type Json = Record<string, unknown> & { errcode?: number; errmsg?: string };

export async function postJson(emu: Emulator, endpoint: string, token: string, body: unknown): Promise<Json> {
  const res = await fetch(`${emu.url}/cgi-bin/${endpoint}?access_token=${token}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  return (await res.json()) as Json;
}

export async function getJson(emu: Emulator, endpoint: string, token: string, query = ''): Promise<Json> {
  const res = await fetch(`${emu.url}/cgi-bin/${endpoint}?access_token=${token}${query}`);
  return (await res.json()) as Json;
}

export interface PartSpec {
  name?: string;
  /** Raw header text after `filename=` quoting; null omits the parameter. */
  filename?: string | null;
  /** Adds an RFC 2231 filename*= parameter, as Python requests does for non-ASCII names. */
  filenameStar?: string;
  contentType?: string;
  data: Buffer | string;
}

const BOUNDARY = '----SucaiDeskEmulatorTestBoundary7MA4YWxkTrZu0gW';

export function multipart(parts: PartSpec[]): { body: Buffer; contentType: string } {
  const chunks: Buffer[] = [];
  for (const p of parts) {
    let disposition = `form-data; name="${p.name ?? 'media'}"`;
    if (p.filename !== null && p.filename !== undefined) disposition += `; filename="${p.filename}"`;
    if (p.filenameStar) disposition += `; filename*=utf-8''${encodeURIComponent(p.filenameStar)}`;
    const head = `--${BOUNDARY}\r\nContent-Disposition: ${disposition}\r\n${p.contentType ? `Content-Type: ${p.contentType}\r\n` : ''}\r\n`;
    chunks.push(
      Buffer.from(head, 'utf8'),
      typeof p.data === 'string' ? Buffer.from(p.data, 'utf8') : p.data,
      Buffer.from('\r\n'),
    );
  }
  chunks.push(Buffer.from(`--${BOUNDARY}--\r\n`));
  return { body: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${BOUNDARY}` };
}

/** POST a multipart upload to an endpoint (query is appended after the token). */
export async function upload(
  emu: Emulator,
  endpoint: string,
  token: string,
  query: string,
  parts: PartSpec[],
): Promise<{ res: Response; json: Json }> {
  const { body, contentType } = multipart(parts);
  const res = await fetch(`${emu.url}/cgi-bin/${endpoint}?access_token=${token}${query}`, {
    method: 'POST',
    headers: { 'Content-Type': contentType },
    body: new Uint8Array(body),
  });
  const text = await res.text();
  return { res, json: JSON.parse(text) as Json };
}

/** add_material of one file part named `media`. */
export function addMaterial(
  emu: Emulator,
  token: string,
  type: string,
  filename: string,
  data: Buffer,
  extra: PartSpec[] = [],
): Promise<{ res: Response; json: Json }> {
  return upload(emu, 'material/add_material', token, `&type=${type}`, [
    { filename, data, contentType: 'application/octet-stream' },
    ...extra,
  ]);
}

/** Asymmetric matchers typed as unknown (expect.any returns any, which lint rejects in literals). */
export const anyString: unknown = expect.any(String);
export const anyNumber: unknown = expect.any(Number);

export const RID = / rid: [0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{8}$/;
