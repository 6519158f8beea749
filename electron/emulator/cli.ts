/**
 * `npm run emulator`: start the emulator with the demo account seeded and print how to
 * point SucaiDesk at it. Stays up until SIGINT/SIGTERM.
 */
import { startCliEmulator } from './cli-start';
import { DEMO_APP_ID, DEMO_APP_SECRET } from './index';

async function main(): Promise<void> {
  const emu = await startCliEmulator(process.env);
  const counts = emu.ledger(DEMO_APP_ID).reduce<Record<string, number>>((acc, e) => {
    const key = e.kind === 'material' ? e.type : e.kind;
    acc[key] = (acc[key] ?? 0) + 1;
    return acc;
  }, {});
  const lines = [
    '',
    `  WeChat API emulator listening on ${emu.url}`,
    '',
    '  Test credentials (demo account, emulator only):',
    `    AppID:     ${DEMO_APP_ID}`,
    `    AppSecret: ${DEMO_APP_SECRET}`,
    '',
    `  Seeded: ${Object.entries(counts)
      .map(([k, v]) => `${v} ${k}`)
      .join(', ')}`,
    '',
    '  Point SucaiDesk at it:',
    `    WX_API_BASE=${emu.url} npm start`,
    "  or enter the URL as the account's custom API base (relay) in the app.",
    '',
    `  Control: ${emu.url}/__emulator/health | ledger | calls | faults (see electron/emulator/admin-routes.ts)`,
    '  (POST/DELETE need Content-Type: application/json; requests with an Origin header are refused)',
    '  Press Ctrl+C to stop.',
    '',
  ];
  process.stdout.write(lines.join('\n'));

  const stop = (): void => {
    emu.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
