import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  numberedName,
  sanitizeFileName,
  splitExt,
  withFormatExtension,
} from '../../../../electron/core/files/file-name';

describe('file names', () => {
  it('sanitises to one safe segment, keeping non-ASCII', () => {
    expect(sanitizeFileName('春节.jpg')).toBe('春节.jpg');
    expect(sanitizeFileName('../../etc/passwd')).toBe('passwd');
    expect(sanitizeFileName('C:\\Users\\a\\b.png')).toBe('b.png');
    expect(sanitizeFileName('a"b<c>d:e|f?g*.jpg')).toBe('a_b_c_d_e_f_g_.jpg');
    expect(sanitizeFileName('line\r\nbreak\u0000.jpg')).toBe('linebreak.jpg');
    expect(sanitizeFileName('trailing. . ')).toBe('trailing');
    expect(sanitizeFileName('CON.txt')).toBe('_CON.txt');
    expect(sanitizeFileName('')).toBe('file');
    expect(sanitizeFileName('..')).toBe('file');
    const long = sanitizeFileName(`${'图'.repeat(200)}.jpg`);
    expect(Buffer.byteLength(long)).toBeLessThanOrEqual(200);
    expect(long.endsWith('.jpg')).toBe(true);
  });

  it('gives the extension of the content: keep, replace, or append', () => {
    expect(withFormatExtension('春节.jpg', 'jpeg')).toBe('春节.jpg');
    expect(withFormatExtension('photo.JPEG', 'jpeg')).toBe('photo.JPEG');
    expect(withFormatExtension('photo', 'png')).toBe('photo.png');
    expect(withFormatExtension('photo.png', 'jpeg')).toBe('photo.jpg');
    expect(withFormatExtension('report v1.2', 'mp4')).toBe('report v1.2.mp4');
    expect(withFormatExtension('clip.mov', 'mp4')).toBe('clip.mp4');
    expect(withFormatExtension('data.xyz', 'unknown')).toBe('data.xyz');
  });

  it('splits and numbers names', () => {
    expect(splitExt('.hidden')).toEqual({ stem: '.hidden', ext: '' });
    expect(splitExt('a.b.c')).toEqual({ stem: 'a.b', ext: 'c' });
    expect(numberedName('name.jpg', 0)).toBe('name.jpg');
    expect(numberedName('name.jpg', 1)).toBe('name (1).jpg');
    expect(numberedName('README', 2)).toBe('README (2)');
  });
});

describe('the one file-name sanitizer (issue 8, finding 8)', () => {
  it('checks reserved device names on the stem before the first dot, after trimming', () => {
    expect(sanitizeFileName('CON .jpg')).toBe('_CON .jpg');
    expect(sanitizeFileName('con.tar.jpg')).toBe('_con.tar.jpg');
    expect(sanitizeFileName('COM¹.jpg')).toBe('_COM¹.jpg');
    expect(sanitizeFileName('lpt³')).toBe('_lpt³');
    expect(sanitizeFileName('COM0.txt')).toBe('_COM0.txt');
    expect(sanitizeFileName('  nul  .  ')).toBe('_nul');
    expect(sanitizeFileName('CONSOLE.jpg')).toBe('CONSOLE.jpg');
  });

  it('removes bidi and other control/format characters', () => {
    expect(sanitizeFileName('\u202Egpj.exe')).toBe('gpj.exe');
    expect(sanitizeFileName('a\u2066b\u2069\u200E\u200F\u061C\u202A\u202B\u202C\u202D.jpg')).toBe('ab.jpg');
    expect(sanitizeFileName('zero\u200Bwidth\uFEFF.png')).toBe('zerowidth.png');
  });

  it('keeps the extension within 200 UTF-8 bytes and never ends in a dot or space', () => {
    const name = sanitizeFileName(`${'a'.repeat(300)}.${'x'.repeat(15)} y`);
    expect(Buffer.byteLength(name)).toBeLessThanOrEqual(200);
    expect(name).not.toMatch(/[. ]$/);
  });

  it('property: never a forbidden character, reserved name or empty result; idempotent', () => {
    const reserved = /^(con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³])$/i;
    // eslint-disable-next-line no-control-regex
    const forbidden = /[<>:"/\\|?*\u0000-\u001f\u007f-\u009f\p{Cf}\p{Cs}]/u;
    const pieces = fc.constantFrom(
      'CON',
      'con',
      'COM¹',
      'LPT0',
      'nul',
      'aux',
      '.',
      '..',
      ' ',
      '/',
      '\\',
      ':',
      '*',
      '?',
      '"',
      '<',
      '>',
      '|',
      '\u202E',
      '\u2066',
      '\u2069',
      '\u200E',
      '\u061C',
      '\u0000',
      '\u001f',
      '\u0085',
      '\uFEFF',
      'jpg',
      '图',
      '\uD800',
      '😀',
      'a',
    );
    const name = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.array(pieces, { maxLength: 80 }).map((p) => p.join('')),
    );
    fc.assert(
      fc.property(name, (raw) => {
        const out = sanitizeFileName(raw);
        expect(out.length).toBeGreaterThan(0);
        expect(out).not.toMatch(forbidden);
        expect(out).not.toMatch(/^[. ]|[. ]$/);
        expect(reserved.test(out.split('.')[0].trimEnd())).toBe(false);
        expect(Buffer.byteLength(out)).toBeLessThanOrEqual(200);
        expect(sanitizeFileName(out)).toBe(out);
      }),
      { numRuns: 1000 },
    );
  });
});
