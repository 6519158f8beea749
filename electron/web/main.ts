/**
 * `npm run web`: browser mode. Serves the built renderer and the contract on 127.0.0.1 only and
 * prints a URL carrying a one-time token; Enter prints another (or, without a terminal,
 * `npm run web -- --new-link` or `kill -USR2 <pid>`: electron/web/control-channel.ts). Every redeemed
 * link joins the same session (same cookie, same API key), so a second tab or browser opened with a
 * new link works alongside the first (electron/web/session-gate.ts). Optional environment (the README
 * has the full table):
 *   PORT                          port to listen on (default: any free port)
 *   WX_APPID, WX_APPSECRET        one account, held in memory only (scripted/headless use)
 *   WX_API_BASE                   API base for every account without its own (relay, emulator)
 *   SUCAIDESK_DEMO_PORT           fixed port for the demo emulator (tests read its ledger)
 *   SUCAIDESK_NO_DEMO=1           do not start the offline demo account
 *   SUCAIDESK_EMULATOR_ADMIN=1    the demo emulator serves its admin routes (the e2e suite reads its ledger)
 *   SUCAIDESK_DATA_DIR            keep app data (index, queue journal, temp-media ledger…) here
 *                                 (default: the per-user data folder, electron/web/data-dir.ts)
 *   SUCAIDESK_TEMP_DATA=1         a temporary data folder, deleted on exit (same as --temp-data)
 */
import path from 'node:path';
import { mkdir, rm } from 'node:fs/promises';
import { createCore } from '../core/app-core';
import { createLogger } from '../core/log';
import { MemorySecretStore } from '../core/accounts/secret-store';
import { adminFromEnv } from '../core/demo/demo-account';
import { toAppError } from '../core/wechat/to-app-error';
import { AlreadyRunningError, openControlChannel, requestNewLink } from './control-channel';
import { chooseWebDataDir, prepareWebDataDir, wantsTempData } from './data-dir';
import { EventStream } from './event-stream';
import { dataDirLine, NEW_LINK_FLAG, nextLinkHint } from './link-hints';
import { SessionGate } from './session-gate';
import { WebDownloadTarget } from './web-download-target';
import { startWebServer } from './web-server';
import { stopImageWork } from '../core/images/image-work-limit';

declare const __APP_VERSION__: string;

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv.includes(NEW_LINK_FLAG)) return printNewLink(argv);
  const data = await prepareWebDataDir(process.env, argv);
  const dataDir = data.dir;
  // Someone who can press Enter gets a link that way; a service's log gets the command and the signal.
  const interactive = process.stdin.isTTY === true;
  const hint = () => nextLinkHint(interactive, data, process.pid);
  const gate = new SessionGate({ onRedeemed: () => (interactive ? undefined : console.log(hint())) });
  let linkFor: (() => string) | null = null;
  // Opened before the core, so a second server on the same folder stops before it touches a journal.
  const control = await openControlChannel(dataDir, () => linkFor?.() ?? null).catch(async (err: unknown) => {
    if (!(err instanceof AlreadyRunningError)) throw err;
    const link = await requestNewLink(dataDir).catch(() => null);
    console.log(
      `SucaiDesk 已在运行（pid ${err.pid}，同一数据目录）。Already running (pid ${err.pid}, same data folder).`,
    );
    if (link) console.log(`新链接 / new link: ${link}`);
    process.exit(1);
  });
  const events = new EventStream();
  // Finished downloads wait here for their one-time URL; none survives a restart, so start empty.
  const downloadsDir = path.join(dataDir, 'downloads');
  await rm(downloadsDir, { recursive: true, force: true });
  await mkdir(downloadsDir, { recursive: true, mode: 0o700 });
  const downloads = new WebDownloadTarget(downloadsDir, gate);
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
  const issueLink = () => `http://127.0.0.1:${server.port}/?t=${gate.issueToken()}`;
  linkFor = issueLink;
  const printLink = () => console.log(`SucaiDesk 浏览器模式 / browser mode: ${issueLink()}`);
  printLink();
  console.log(dataDirLine(data));
  if (core.demo) console.log(`演示账号模拟器 / demo emulator: ${core.demo.emulator.url}`);
  console.log(hint());
  process.stdin.on('data', printLink);
  process.stdin.on('error', () => undefined);
  // SIGUSR2 is free in Node (SIGUSR1 starts the inspector); Windows has neither.
  if (process.platform !== 'win32') process.on('SIGUSR2', printLink);

  const stop = async () => {
    events.close();
    server.close();
    await control.close();
    await core.close();
    await stopImageWork();
    await downloads.dispose();
    if (data.source === 'temp') await rm(dataDir, { recursive: true, force: true });
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

/** `--new-link`: asks the server running on the same data folder for a link, prints it, exits. */
async function printNewLink(argv: string[]): Promise<void> {
  if (wantsTempData(process.env, argv)) {
    console.error(
      '临时数据目录的服务器：用它启动时打印的目录，SUCAIDESK_DATA_DIR=<目录> npm run web -- --new-link\n' +
        'A server on a temporary folder: use the folder it printed, SUCAIDESK_DATA_DIR=<folder> npm run web -- --new-link',
    );
    process.exit(2);
  }
  const { dir } = chooseWebDataDir(process.env);
  try {
    console.log(await requestNewLink(dir));
    process.exit(0);
  } catch {
    console.error(
      `没有使用 ${dir} 的 SucaiDesk 浏览器模式在运行。先运行 npm run web（或设置同一个 SUCAIDESK_DATA_DIR）。\n` +
        `No SucaiDesk browser-mode server is running on ${dir}. Start one with npm run web (or set the same SUCAIDESK_DATA_DIR).`,
    );
    process.exit(1);
  }
}

main().catch((err: unknown) => {
  // Startup errors are ours (ports, files), never WeChat responses, so the message holds no token.
  console.error('SucaiDesk web failed to start:', err instanceof Error ? err.message : String(err));
  process.exit(1);
});
