import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { APP_USER_MODEL_ID } from '../../../electron/main/app-identity';

describe('APP_USER_MODEL_ID', () => {
  it('is electron-builder’s appId (Windows shows notifications only for the installed shortcut’s id)', () => {
    const yml = readFileSync('electron-builder.yml', 'utf8');
    expect(/^appId:\s*(\S+)\s*$/m.exec(yml)?.[1]).toBe(APP_USER_MODEL_ID);
  });
});
