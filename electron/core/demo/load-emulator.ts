/**
 * Loads the emulator's code only when the demo account is started. The desktop and browser-mode
 * bundles do not contain the emulator: esbuild builds it as its own bundle (`dist/emulator/emulator.cjs`,
 * esbuild.config.mjs), which is required at run time from next to the running bundle. From source
 * (vitest, tsx) there is no bundle and the module itself is imported.
 * This folder is the only place in electron/core that may reach electron/emulator (lint rule).
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export type EmulatorModule = typeof import('../../emulator/index');

/** Where the emulator bundle sits relative to `dist/`. */
export const EMULATOR_BUNDLE = path.join('emulator', 'emulator.cjs');

/**
 * `distDir` is the folder holding the app's bundles: `dist/` when this code runs from
 * `dist/main/main.cjs` or `dist/web/server.cjs`.
 */
export function loadEmulator(distDir: string = path.join(__dirname, '..')): Promise<EmulatorModule> {
  const bundle = path.join(distDir, EMULATOR_BUNDLE);
  if (existsSync(bundle)) return Promise.resolve(createRequire(__filename)(bundle) as EmulatorModule);
  // Not a bundle: the path is computed so that esbuild cannot follow it into the main bundle.
  const source = path.join(__dirname, '..', '..', 'emulator', 'index.ts');
  return import(source) as Promise<EmulatorModule>;
}
