import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveStatic } from '../../../../electron/core/security/resolve-static';
import { CONTENT_SECURITY_POLICY } from '../../../../electron/core/security/csp';

const root = mkdtempSync(path.join(os.tmpdir(), 'static-'));
writeFileSync(path.join(root, 'index.html'), '<p>hi</p>');

describe('resolveStatic', () => {
  it('serves files inside the root, index.html for /', () => {
    expect(resolveStatic(root, '/')?.file).toBe(path.join(root, 'index.html'));
    expect(resolveStatic(root, '/assets/app.js')).toEqual({
      file: path.join(root, 'assets/app.js'),
      type: 'text/javascript; charset=utf-8',
    });
  });
  it.each([
    '/../etc/passwd',
    '/%2e%2e/etc/passwd',
    '/assets/..%2f..%2fsecret.js',
    '/a\\..\\b.js',
    '/x%00.js',
    '/%E0%A4%A.js',
    '/./index.html',
    '/secret.exe',
  ])('refuses %s', (p) => expect(resolveStatic(root, p)).toBeNull());
});

describe('CSP', () => {
  it('allows no inline code, eval or remote hosts', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-|https?:|qpic|weixin|data:/);
  });
});
