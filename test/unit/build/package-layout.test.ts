/**
 * What the desktop package contains. electron-builder packs this repository with its own config
 * (electron-builder.yml) into a throwaway folder, for Linux `dir` (the unpacked layout every installer
 * is made from), with a placeholder in place of Electron's runtime (`electronDist`) so nothing is
 * downloaded; fuses are skipped because they patch the real binary (their settings are checked by
 * test/unit/main/checklist/build-and-runtime.test.ts). Then app.asar is read back and must hold only the
 * bundles, package.json and the production node_modules: no sources, tests, source maps, `.env`, emulator
 * CLI or dev dependencies. Takes about 10 s: packing reads dist/ and lists node_modules with npm.
 */
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { listPackage } from '@electron/asar';
import { build, Platform } from 'electron-builder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  main: string;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

/** The bundles the app runs from (esbuild.config.mjs, vite.config.ts), all under dist/ as packed. */
const BUNDLES = [
  'dist/main/main.cjs',
  'dist/preload/preload.cjs',
  'dist/renderer/index.html',
  'dist/emulator/emulator.cjs',
];

/**
 * electron-builder.yml packs dist/, whatever SUCAIDESK_OUT says. `npm test` builds it just before the unit
 * tests; run alone, this builds it only when a bundle is missing (the layout does not depend on how fresh
 * the bundles are, only on which files the config lets in).
 */
function ensureBuilt() {
  if (BUNDLES.every((f) => existsSync(path.join(root, f)))) return;
  const env = { ...process.env };
  delete env.SUCAIDESK_OUT;
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const run = spawnSync(npm, ['run', 'build', '--silent'], { cwd: root, env, stdio: 'inherit' });
  if (run.status !== 0) throw new Error(`npm run build failed (${run.status})`);
}

/**
 * The production dependency tree as npm installed it: package.json `dependencies`, then each package's
 * `dependencies` and the `optionalDependencies` that are installed (sharp's native build for this
 * platform), found the way Node resolves them (nested node_modules first, then the top level).
 */
function productionClosure(): Set<string> {
  const names = new Set<string>();
  const visit = (name: string, fromDir: string, optional: boolean) => {
    const dir = [path.join(fromDir, 'node_modules', name), path.join(root, 'node_modules', name)].find((d) =>
      existsSync(path.join(d, 'package.json')),
    );
    if (!dir) {
      if (optional) return;
      throw new Error(`${name} (needed by ${path.relative(root, fromDir) || 'package.json'}) is not installed`);
    }
    if (names.has(name)) return;
    names.add(name);
    const meta = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as {
      dependencies?: Record<string, string>;
      optionalDependencies?: Record<string, string>;
    };
    for (const dep of Object.keys(meta.dependencies ?? {})) visit(dep, dir, false);
    for (const dep of Object.keys(meta.optionalDependencies ?? {})) visit(dep, dir, true);
  };
  for (const dep of Object.keys(pkg.dependencies)) visit(dep, root, false);
  return names;
}

/** `@scope/name` or `name` of every package a file path lies in, at any node_modules depth. */
function packagesIn(files: readonly string[]): Set<string> {
  const names = new Set<string>();
  for (const parts of files.map((f) => f.split('/'))) {
    parts.forEach((part, i) => {
      if (part !== 'node_modules' || i + 2 >= parts.length) return;
      names.add(parts[i + 1].startsWith('@') ? `${parts[i + 1]}/${parts[i + 2]}` : parts[i + 1]);
    });
  }
  return names;
}

let work = '';
let resources = '';
/** app.asar's files (not folders), as `/`-separated paths without the leading slash. */
let asarFiles: string[] = [];

beforeAll(async () => {
  ensureBuilt();
  work = mkdtempSync(path.join(os.tmpdir(), 'sucaidesk-layout-'));
  // A stand-in for Electron's Linux runtime: electron-builder copies the folder and renames `electron`.
  const runtime = path.join(work, 'electron-runtime');
  mkdirSync(runtime);
  writeFileSync(path.join(runtime, 'electron'), '#!/bin/sh\nexit 0\n');
  chmodSync(path.join(runtime, 'electron'), 0o755);
  await build({
    projectDir: root,
    targets: Platform.LINUX.createTarget('dir'),
    publish: 'never',
    // Merged over electron-builder.yml, which electron-builder loads itself.
    config: { electronDist: runtime, electronFuses: null, directories: { output: path.join(work, 'release') } },
  });
  const unpacked = readdirSync(path.join(work, 'release')).find((d) => d.endsWith('-unpacked'));
  if (!unpacked) throw new Error('electron-builder made no *-unpacked folder');
  resources = path.join(work, 'release', unpacked, 'resources');
  // listPackage lists folders too: a folder is any entry that is a prefix of another.
  const entries = listPackage(path.join(resources, 'app.asar'), { isPack: false }).map((p) =>
    p.replace(/\\/g, '/').replace(/^\//, ''),
  );
  const folders = new Set(entries.flatMap((p) => p.split('/').map((_, i, parts) => parts.slice(0, i).join('/'))));
  asarFiles = entries.filter((p) => !folders.has(p));
}, 180_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('app.asar as electron-builder packs it (electron-builder.yml)', () => {
  it('holds the bundles and package.json, and the package.json main is one of them', () => {
    for (const bundle of BUNDLES) expect(asarFiles).toContain(bundle);
    expect(asarFiles).toContain('package.json');
    expect(asarFiles).toContain(path.posix.normalize(pkg.main));
  });

  it('outside node_modules, holds nothing but the bundles: no sources, tests, maps, .env or emulator CLI', () => {
    const own = asarFiles.filter((f) => !f.startsWith('node_modules/'));
    const stray = own.filter(
      (f) => f !== 'package.json' && !/^dist\/(main|preload|renderer)\//.test(f) && f !== 'dist/emulator/emulator.cjs',
    );
    expect(stray).toEqual([]);
    expect(own.filter((f) => /\.(map|ts|tsx|mts|cts)$/.test(f) || /(^|\/)\.env/.test(f))).toEqual([]);
    expect(own).not.toContain('dist/emulator/cli.cjs');
    expect(own.filter((f) => f.startsWith('dist/web/'))).toEqual([]);
  });

  it('its node_modules are exactly the production dependencies (sharp and its @img builds) and theirs', () => {
    // The runtime dependencies the bundles leave external; anything else must be bundled by esbuild/vite.
    expect(Object.keys(pkg.dependencies).sort()).toEqual(['@img/sharp-wasm32', 'sharp']);
    const packed = packagesIn(asarFiles);
    const expected = productionClosure();
    expect([...packed].sort()).toEqual([...expected].sort());
    const devOnly = Object.keys(pkg.devDependencies).filter((d) => !expected.has(d));
    expect(devOnly.filter((d) => packed.has(d))).toEqual([]);
    // Two spot checks that the closure is not empty for a wrong reason.
    expect(packed).toContain('sharp');
    // heic-decode (HEIC → JPEG) is bundled into main.cjs by esbuild: it is not shipped as a package.
    expect(packed).not.toContain('heic-decode');
  });

  it('unpacks only sharp and its @img builds next to the archive (asarUnpack)', () => {
    const unpacked = path.join(resources, 'app.asar.unpacked', 'node_modules');
    const top = readdirSync(unpacked).flatMap((d) =>
      d.startsWith('@') ? readdirSync(path.join(unpacked, d)).map((s) => `${d}/${s}`) : [d],
    );
    expect(top.filter((d) => d !== 'sharp' && !d.startsWith('@img/'))).toEqual([]);
    expect(top).toContain('sharp');
    expect(top).toContain('@img/sharp-wasm32');
  });

  it('ships the demo account’s media as resources, without their README', () => {
    const demo = readdirSync(path.join(resources, 'assets', 'demo'));
    expect(demo.length).toBeGreaterThan(0);
    expect(demo).not.toContain('README.md');
  });
});
