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
    for (const risky of ['webSecurity', 'allowRunningInsecureContent', 'experimentalFeatures', 'enableBlinkFeatures']) {
      expect(prefs).not.toHaveProperty(risky);
    }
  });
});
