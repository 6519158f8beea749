// `npm test` stage: electronegativity (Electron security linter) over electron/, fully offline.
// Exits 1 on any MEDIUM-or-higher finding not suppressed, with a reason, in
// test/security/electronegativity-suppressions.json, and on any suppression that no longer
// matches (so the file cannot rot into a blanket allow-list).
//
// Offline by construction: electronegativity 1.10.3 calls `got` twice (translations from S3 and
// Electron's release list from GitHub). `got` is replaced by a stub that rejects, the release check
// that needs it is excluded (the Electron pin is checked in test/unit/main/checklist/build-and-runtime.test.ts), and every
// socket connect or DNS lookup throws and is counted; the stage fails if one was even attempted.
'use strict';
const Module = require('node:module');
const net = require('node:net');
const dns = require('node:dns');
const path = require('node:path');
const { readFileSync } = require('node:fs');

const ROOT = path.resolve(__dirname, '..', '..');
const ELECTRON_VERSION = require(path.join(ROOT, 'package.json')).devDependencies.electron;
const SUPPRESSIONS = path.join(__dirname, 'electronegativity-suppressions.json');
const input = path.resolve(ROOT, process.argv[2] ?? 'electron');

let networkAttempts = 0;
const offline = (what) => {
  networkAttempts += 1;
  throw new Error(`electronegativity stage is offline: ${what} refused`);
};
net.Socket.prototype.connect = () => offline('socket connect');
dns.lookup = () => offline('dns lookup');
dns.promises.lookup = () => offline('dns lookup');

// Answers "no such translation", so i18n quietly keeps the bundled en-US strings.
const gotStub = () => Promise.resolve({ statusCode: 404, headers: {}, body: '' });
gotStub.head = gotStub;
gotStub.get = gotStub;
const originalLoad = Module._load;
Module._load = function load(request, ...rest) {
  if (request === 'got') return gotStub;
  return originalLoad.call(this, request, ...rest);
};

const SEVERITY_ORDER = ['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH'];
// The linter rates an explicit `nodeIntegration: true` INFORMATIONAL; for us it is never acceptable.
const ALWAYS_FAIL = new Set([
  'NODE_INTEGRATION_JS_CHECK',
  'NODE_INTEGRATION_HTML_CHECK',
  'NODE_INTEGRATION_ATTACH_EVENT_JS_CHECK',
]);

async function main() {
  const runner = require('@doyensec/electronegativity');
  const run = runner.default ?? runner;
  const result = await run({
    input,
    isRelative: true,
    electronVersionOverride: ELECTRON_VERSION,
    // Needs the network (Electron's release list); the exact Electron pin is tested offline instead.
    excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
  });
  const { suppressions } = JSON.parse(readFileSync(SUPPRESSIONS, 'utf8'));
  const used = new Set();
  const findings = [];
  for (const issue of result.issues) {
    const level = issue.severity.name ?? String(issue.severity.format?.() ?? '');
    const rank = SEVERITY_ORDER.indexOf(String(level).toUpperCase());
    const file = issue.file.split(path.sep).join('/');
    // One entry accepts one finding: a second finding of the same check in that file is new.
    const rule = suppressions.find((s) => !used.has(s) && s.id === issue.id && s.file === file);
    if (rule) {
      used.add(rule);
      continue;
    }
    if (rank >= SEVERITY_ORDER.indexOf('MEDIUM') || issue.manualReview || ALWAYS_FAIL.has(issue.id)) {
      findings.push(`${issue.id} ${level} ${file}:${issue.location.line}:${issue.location.column}`);
    }
  }
  const stale = suppressions.filter((s) => !used.has(s)).map((s) => `${s.id} ${s.file}`);
  const errors = result.errors.filter((e) => !e.tolerable).map((e) => `${e.file}: ${e.message}`);
  console.log(
    `electronegativity ${ELECTRON_VERSION}: ${result.atomicChecks + result.globalChecks} checks over ${path.relative(ROOT, input)}/, ` +
      `${result.issues.length} raw findings, ${used.size} suppressed with a reason, ${findings.length} new, ` +
      `${networkAttempts} network attempts`,
  );
  for (const f of findings) console.log(`  NEW  ${f}`);
  for (const s of stale) console.log(`  STALE suppression (no longer matches): ${s}`);
  for (const e of errors) console.log(`  PARSE ERROR ${e}`);
  process.exit(findings.length || stale.length || errors.length || networkAttempts ? 1 : 0);
}

main().catch((err) => {
  console.error('electronegativity stage crashed:', err);
  process.exit(1);
});
