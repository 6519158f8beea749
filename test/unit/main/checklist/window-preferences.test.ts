/**
 * Electron security checklist, the web preferences (items 2, 3, 4, 6, 8, 9, 10, 11). Every window
 * gets its options from buildWindowOptions (electron/main/window-options.ts); the first test makes
 * that the only way a window is built, so the pinned values hold for every window by construction.
 */
import { describe, expect, it } from 'vitest';
import { buildWindowOptions } from '../../../../electron/main/window-options';
import { occurrences, sources } from './source-scan';

const prefs = buildWindowOptions('/app/preload.cjs').webPreferences ?? {};

describe('checklist: web preferences', () => {
  it('every BrowserWindow/BrowserView/WebContentsView in electron/ is built from buildWindowOptions', () => {
    const constructions = occurrences('electron', /new (BrowserWindow|BrowserView|WebContentsView)\(/);
    const hardened = occurrences('electron', /new BrowserWindow\(buildWindowOptions\(/);
    expect(constructions).toEqual(hardened);
    expect(Object.keys(hardened)).toEqual(['electron/main/main.ts']);
  });

  it('item 2: no Node.js integration in the page, its workers or its frames', () => {
    expect(prefs).toMatchObject({
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
    });
  });

  it('item 3: context isolation is on', () => {
    expect(prefs.contextIsolation).toBe(true);
  });

  it('item 4: the renderer is sandboxed (and nothing disables the sandbox app-wide)', () => {
    expect(prefs.sandbox).toBe(true);
    const all = sources('electron')
      .map((s) => s.text)
      .join('\n');
    expect(all).not.toMatch(/no-sandbox|disable-sandbox|noSandbox/);
  });

  it('item 6: webSecurity is never turned off', () => {
    expect(prefs).not.toHaveProperty('webSecurity');
    expect(occurrences('electron', /webSecurity\s*:\s*false/)).toEqual({});
  });

  it('item 8: insecure content is never allowed', () => {
    expect(prefs).not.toHaveProperty('allowRunningInsecureContent');
    expect(occurrences('electron', /allowRunningInsecureContent\s*:\s*true/)).toEqual({});
  });

  it('item 9: experimental features stay off', () => {
    expect(prefs).not.toHaveProperty('experimentalFeatures');
    expect(
      occurrences('electron', /experimentalFeatures\s*:\s*true|enable-experimental-web-platform-features/),
    ).toEqual({});
  });

  it('item 10: no Blink features are enabled', () => {
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(occurrences('electron', /enableBlinkFeatures|enable-blink-features/)).toEqual({});
  });

  it('item 11: <webview> (and so allowpopups) cannot exist: the tag is disabled', () => {
    expect(prefs.webviewTag).toBe(false);
    expect(occurrences('renderer', /<webview|allowpopups/i)).toEqual({});
  });
});
