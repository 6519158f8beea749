import { describe, expect, it } from 'vitest';
import { buildWindowOptions } from '../../../electron/main/window-options';

describe('buildWindowOptions', () => {
  it('isolates, sandboxes and keeps Node and webviews out of the page', () => {
    const prefs = buildWindowOptions('/p/preload.cjs').webPreferences!;
    expect(prefs).toMatchObject({
      preload: '/p/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
    });
    // Electron's spellchecker downloads Hunspell dictionaries from a remote CDN on Linux (issue 8, finding 11).
    expect(prefs.spellcheck).toBe(false);
    for (const risky of ['webSecurity', 'allowRunningInsecureContent', 'experimentalFeatures', 'enableBlinkFeatures']) {
      expect(prefs).not.toHaveProperty(risky);
    }
  });
});
