// `npm run web`: builds only when the sources changed since the last build (scripts/build-stamp.mjs),
// then runs browser mode in this same process, so its pid (printed for `kill -USR2`) and its signals
// are the server's own. `npm run web -- --new-link` asks a running server for a link and never builds:
// rebuilding under a running server would swap its page files.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { buildNeeded, sourceDigest, writeStamp } from './build-stamp.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.resolve(root, process.env.SUCAIDESK_OUT ?? 'dist');
const server = path.join(outDir, 'web', 'server.cjs');

if (!process.argv.includes('--new-link')) {
  const digest = sourceDigest(root);
  const reason = buildNeeded(root, outDir, digest);
  if (reason) {
    console.log(`构建中（${reason}）… Building (${reason})…`);
    const built = spawnSync('npm', ['run', 'build', '--silent'], {
      cwd: root,
      stdio: 'inherit',
      shell: process.platform === 'win32',
    });
    if (built.status !== 0) process.exit(built.status ?? 1);
    writeStamp(outDir, digest);
  }
}

if (!existsSync(server)) {
  console.error(
    `没有构建好的浏览器模式（${server}）。先运行 npm run web。No build at ${server}: run npm run web first.`,
  );
  process.exit(1);
}
// The bundle reads process.argv.slice(2), which are this script's own arguments.
createRequire(import.meta.url)(server);
