/** Canary secrets and the leak assertion used by the redaction tests. */
import { inspect } from 'node:util';
import { expect } from 'vitest';
import { toAppError } from '../../../../../electron/core/wechat/to-app-error';

/** 32 alphanumerics, like a real AppSecret. */
export const CANARY_SECRET = 'CANARYSECRET0123456789abcdefABCD';
export const CANARY_TOKEN_PREFIX = 'CANARYTOKEN';

/** Every surface through which an error could be logged or sent to the renderer. */
export function leakSurfaces(err: unknown): Record<string, string> {
  const e = err as Error;
  return {
    message: String(e?.message),
    stack: String(e?.stack),
    inspect: inspect(err, { depth: 10, showHidden: true }),
    json: JSON.stringify(err) ?? '',
    appError: JSON.stringify(toAppError(err)),
  };
}

/** Asserts no canary appears anywhere in `err`'s surfaces. */
export function expectNoCanary(err: unknown): void {
  for (const [surface, text] of Object.entries(leakSurfaces(err))) {
    expect(text, `canary leaked through ${surface}`).not.toContain(CANARY_SECRET);
    expect(text, `canary leaked through ${surface}`).not.toContain(CANARY_TOKEN_PREFIX);
  }
}
