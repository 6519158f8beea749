import { describe, expect, it } from 'vitest';
import { sniffFormat } from '../../../../electron/core/files/sniff';
import { formatFromMime, isExtensionOf } from '../../../../electron/core/files/formats';
import { fixtureBytes, type FixtureKind } from './fixtures';

describe('sniffFormat', () => {
  const cases: [FixtureKind, string][] = [
    ['jpeg', 'jpeg'],
    ['png', 'png'],
    ['gif', 'gif'],
    ['bmp', 'bmp'],
    ['mp3id3', 'mp3'],
    ['mp3frame', 'mp3'],
    ['amr', 'amr'],
    ['wav', 'wav'],
    ['wma', 'wma'],
    ['mp4', 'mp4'],
    ['webp', 'webp'],
    ['heic', 'heic'],
    ['mov', 'mov'],
    ['m4a', 'm4a'],
  ];
  it.each(cases)('%s bytes are %s', (kind, expected) => {
    expect(sniffFormat(fixtureBytes(kind, 64))).toBe(expected);
  });

  it('does not confuse look-alikes', () => {
    expect(sniffFormat(Buffer.from([0xff, 0xf1, 0x50, 0x80]))).toBe('unknown'); // AAC ADTS (layer bits 00)
    expect(sniffFormat(Buffer.from('BM is a short text, not a bitmap header at all'))).toBe('unknown');
    expect(sniffFormat(Buffer.from('{"errcode":40007}'))).toBe('unknown');
    expect(sniffFormat(Buffer.from('<html>'))).toBe('unknown');
    expect(sniffFormat(Buffer.alloc(0))).toBe('unknown');
    expect(sniffFormat(Buffer.from([0xff, 0xd8]))).toBe('unknown'); // too short for JPEG
  });

  it('maps MIME types and extension aliases', () => {
    expect(formatFromMime('image/jpeg; charset=binary')).toBe('jpeg');
    expect(formatFromMime('image/jpg')).toBe('jpeg');
    expect(formatFromMime('text/plain')).toBe('unknown');
    expect(isExtensionOf('JPEG', 'jpeg')).toBe(true);
    expect(isExtensionOf('png', 'jpeg')).toBe(false);
  });
});
