import { describe, expect, it } from 'vitest';
import { runMainUnderStub } from './stub-main';

// The built main bundle under the stub electron (test/fakes/electron-stub.cjs, STUB_QUIT=1): quitting
// is prevented until the core has closed, then main exits the app itself (electron/main/flush-on-quit.ts).
describe('main bundle: quit waits for the core', () => {
  it('prevents will-quit, closes the core, then calls app.exit(0)', async () => {
    const record = await runMainUnderStub<{ quitListeners: number; quitPrevented?: boolean; exitCode?: number }>({
      STUB_QUIT: '1',
    });
    expect(record).toMatchObject({ quitListeners: 1, quitPrevented: true, exitCode: 0 });
  });
});
