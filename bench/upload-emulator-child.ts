/**
 * The emulator in its own process for the upload benchmarks, so its request parsing does not share an
 * event loop with the client being measured (and its stored bytes do not count in our RSS).
 * Prints `EMULATOR <url>` once listening.  Args: latencyMs.
 */
import { startEmulator } from '../electron/emulator';

const latencyMs = Number(process.argv[2] ?? 0);
// admin: the parent reads the ledger over HTTP (upload-bench-setup.ts ledgerCount).
void startEmulator({ latencyMs, enforceQuota: false, admin: true }).then((emu) => {
  process.stdout.write(`EMULATOR ${emu.url}\n`);
  process.on('SIGTERM', () => void emu.close().then(() => process.exit(0)));
});
