/**
 * A browser-mode server over a fake core for the web tests: every contract handler and asset route
 * records that it ran, so a test can check server-side that a refused request reached nothing.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { Core } from '../../../electron/core/app-core';
import { AssetRoutes, mediaRoute } from '../../../electron/core/assets';
import type { Handlers } from '../../../electron/core/ipc/dispatch';
import { StagingArea } from '../../../electron/core/staging/staging-area';
import { ThumbService } from '../../../electron/core/thumbs/thumb-service';
import { CHANNELS } from '@shared/channels';
import { EventStream } from '../../../electron/web/event-stream';
import { SessionGate } from '../../../electron/web/session-gate';
import { WebDownloadTarget } from '../../../electron/web/web-download-target';
import { startWebServer, type WebServerDeps } from '../../../electron/web/web-server';

export interface Harness {
  base: string;
  port: number;
  gate: SessionGate;
  events: EventStream;
  downloads: WebDownloadTarget;
  staticDir: string;
  /** Every handler or asset route that ran, in order (`accounts:list`, `asset thumb`…). */
  ran: string[];
  server: Awaited<ReturnType<typeof startWebServer>>;
  close(): Promise<void>;
}

export async function startHarness(
  limits?: WebServerDeps['limits'],
  /** Adds routes of a test's own (a file-backed one for Range tests). */
  moreRoutes?: (assets: AssetRoutes) => void,
): Promise<Harness> {
  const staticDir = mkdtempSync(path.join(os.tmpdir(), 'web-static-'));
  writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>t</title>');
  const ran: string[] = [];
  const handlers = Object.fromEntries(
    CHANNELS.map((c) => [
      c,
      () => {
        ran.push(c);
        return Promise.resolve({ channel: c });
      },
    ]),
  ) as unknown as Handlers;
  const assets = new AssetRoutes();
  for (const prefix of ['thumb', 'preview', 'temp', 'artimg']) {
    assets.register(
      prefix,
      mediaRoute(({ accountId, id }) => {
        ran.push(`asset ${prefix}`);
        return Promise.resolve({
          body: new TextEncoder().encode(`${prefix}:${accountId}/${id}`),
          contentType: 'image/png',
        });
      }),
    );
  }
  moreRoutes?.(assets);
  const staging = new StagingArea();
  const core: Core = {
    handlers,
    staging,
    thumbs: new ThumbService(staticDir, () => 'http://127.0.0.1:1'),
    assets,
    demo: null,
    close: () => Promise.resolve(),
  };
  const gate = new SessionGate();
  const events = new EventStream();
  const downloads = new WebDownloadTarget(mkdtempSync(path.join(os.tmpdir(), 'web-dl-')), gate);
  const server = await startWebServer({ core, gate, events, downloads, staticDir, ...(limits ? { limits } : {}) });
  const base = `http://127.0.0.1:${server.port}`;
  return {
    base,
    port: server.port,
    gate,
    events,
    downloads,
    staticDir,
    ran,
    server,
    close: async () => {
      events.close();
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    },
  };
}

/** Redeems a fresh one-time link: the session cookie (`name=value`) and the key from the redirect. */
export async function login(h: Harness): Promise<{ cookie: string; key: string; location: string }> {
  const res = await fetch(`${h.base}/?t=${h.gate.issueToken()}`, { redirect: 'manual' });
  if (res.status !== 302) throw new Error(`redeem answered ${res.status}`);
  const cookie = res.headers.get('set-cookie')!.split(';')[0];
  const location = res.headers.get('location') ?? '';
  const key = /#k=([a-f0-9]+)$/.exec(location)?.[1] ?? '';
  return { cookie, key, location };
}

/** A raw request through node:http (fetch() refuses to set Host, Sec-Fetch-* and similar headers). */
export function rawRequest(
  h: Harness,
  opts: { method?: string; path: string; headers?: Record<string, string>; body?: string },
): Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: h.port,
        path: opts.path,
        method: opts.method ?? 'GET',
        headers: opts.headers,
        agent: false,
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8').on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}
