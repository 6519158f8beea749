/**
 * `npm run web`: browser mode. Serves the built renderer and the contract on 127.0.0.1 only and
 * prints a URL carrying a one-time token; Enter prints another. Every redeemed link joins the same
 * session (same cookie, same API key), so a second tab or browser opened with a new link works
 * alongside the first (electron/web/session-gate.ts). Optional environment:
 *   PORT                          port to listen on (default: any free port)
 *   WX_APPID, WX_APPSECRET        one account, held in memory only (scripted/headless use)
 *   WX_API_BASE                   API base for every account without its own (relay, emulator)
 *   SUCAIDESK_DEMO_PORT           fixed port for the demo emulator (tests read its ledger)
 *   SUCAIDESK_NO_DEMO=1           do not start the offline demo account
 *   SUCAIDESK_EMULATOR_ADMIN=1    the demo emulator serves its admin routes (the e2e suite reads its ledger)
 *   SUCAIDESK_DATA_DIR            keep app data (thumbnail cache, queue journal…) here across runs
 *                                 (default: a fresh temporary folder)
 */
import os from 'node:os';
import path from 'node:path';
import { mkdir, mkdtemp } from 'node:fs/promises';
import { createCore } from '../core/app-core';
import { createLogger } from '../core/log';
import { MemorySecretStore } from '../core/accounts/secret-store';
import { adminFromEnv } from '../core/demo/demo-account';
import { toAppError } from '../core/wechat/to-app-error';
import { EventStream } from './event-stream';
import { SessionGate } from './session-gate';
import { WebDownloadTarget } from './web-download-target';
import { startWebServer } from './web-server';

declare const __APP_VERSION__: string;

async function main(): Promise<void> {
  const dataDir = process.env.SUCAIDESK_DATA_DIR
    ? path.resolve(process.env.SUCAIDESK_DATA_DIR)
    : await mkdtemp(path.join(os.tmpdir(), 'sucaidesk-web-'));
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const events = new EventStream();
  const gate = new SessionGate();
  const downloads = new WebDownloadTarget(await mkdtemp(path.join(os.tmpdir(), 'sucaidesk-web-downloads-')), gate);
  const appId = process.env.WX_APPID?.trim();
  const appSecret = process.env.WX_APPSECRET?.trim();
  // The environment is read here, once, and nowhere in the core.
  const apiBase = process.env.WX_API_BASE ?? null;
  const logger = createLogger((line) => process.stderr.write(`${line}\n`));
  const core = await createCore({
    mode: 'web',
    version: typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : 'dev',
    dataDir,
    persistAccounts: false,
    secrets: new MemorySecretStore(),
    downloads,
    emit: (event, payload) => events.emit(event, payload),
    demo:
      process.env.SUCAIDESK_NO_DEMO === '1'
        ? false
        : { port: Number(process.env.SUCAIDESK_DEMO_PORT ?? 0), admin: adminFromEnv(process.env) },
    envAccount: appId && appSecret ? { appId, appSecret, apiBase } : undefined,
    apiBase,
    logger,
  });
  const server = await startWebServer(
    {
      core,
      gate,
      events,
      downloads,
      staticDir: path.join(__dirname, '../renderer'),
      logger,
    },
    Number(process.env.PORT ?? 0),
  );
  const printLink = () =>
    console.log(`SucaiDesk 浏览器模式 / browser mode: http://127.0.0.1:${server.port}/?t=${gate.issueToken()}`);
  printLink();
  if (core.demo) console.log(`演示账号模拟器 / demo emulator: ${core.demo.emulator.url}`);
  console.log('链接只能用一次；按回车获取新链接。The link works once; press Enter for a new one.');
  process.stdin.on('data', printLink);
  process.stdin.on('error', () => undefined);

  const stop = async () => {
    events.close();
    server.close();
    await core.close();
    await downloads.dispose();
    process.exit(0);
  };
  const stopOrExit = (): void => {
    stop().catch((err: unknown) => {
      logger.failure('web.stop', toAppError(err));
      process.exit(1);
    });
  };
  process.on('SIGINT', stopOrExit);
  process.on('SIGTERM', stopOrExit);
}

main().catch((err: unknown) => {
  // Startup errors are ours (ports, files), never WeChat responses, so the message holds no token.
  console.error('SucaiDesk web failed to start:', err instanceof Error ? err.message : String(err));
  process.exit(1);
});
