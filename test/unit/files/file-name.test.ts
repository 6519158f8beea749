import { describe, expect, it } from 'vitest';
import { numberedName, sanitizeFileName, splitExt, withFormatExtension } from '../../../electron/core/files/file-name';

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
