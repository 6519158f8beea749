/**
 * The committed app icons (scripts/render-icons.mjs renders them from assets/icon.svg) hold every size
 * electron-builder.yml points at, in containers the OS can read. The .ico/.icns headers are parsed here
 * independently of the writer (scripts/icon-containers.mjs), from the formats' published layouts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { icnsFromPngs, icoFromPngs, pngSize } from '../../../scripts/icon-containers.mjs';

const root = path.resolve(import.meta.dirname, '../../..');
const asset = (rel: string) => readFileSync(path.join(root, 'assets', rel));

/** IHDR width/height, checking the 8-byte PNG signature first. */
function ihdr(png: Buffer) {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** ICONDIR + ICONDIRENTRY[] (little-endian); each entry's bytes sliced out by its offset and length. */
function parseIco(ico: Buffer) {
  expect(ico.readUInt16LE(0)).toBe(0);
  expect(ico.readUInt16LE(2)).toBe(1);
  const count = ico.readUInt16LE(4);
  return Array.from({ length: count }, (_, i) => {
    const at = 6 + 16 * i;
    const length = ico.readUInt32LE(at + 8);
    const offset = ico.readUInt32LE(at + 12);
    expect(offset + length).toBeLessThanOrEqual(ico.length);
    return {
      width: ico.readUInt8(at) || 256,
      height: ico.readUInt8(at + 1) || 256,
      bitCount: ico.readUInt16LE(at + 6),
      image: ico.subarray(offset, offset + length),
    };
  });
}

/** 'icns' + total length, then (type, length incl. its 8-byte head, data) until the end (big-endian). */
function parseIcns(icns: Buffer) {
  expect(icns.toString('latin1', 0, 4)).toBe('icns');
  expect(icns.readUInt32BE(4)).toBe(icns.length);
  const entries: { type: string; image: Buffer }[] = [];
  for (let at = 8; at < icns.length;) {
    const length = icns.readUInt32BE(at + 4);
    expect(length).toBeGreaterThan(8);
    entries.push({ type: icns.toString('latin1', at, at + 4), image: icns.subarray(at + 8, at + length) });
    at += length;
  }
  return entries;
}

describe('committed app icons', () => {
  it('assets/icons has a square PNG for every Linux size, 16…1024 px', () => {
    for (const size of [16, 24, 32, 48, 64, 128, 256, 512, 1024]) {
      expect(ihdr(asset(`icons/${size}x${size}.png`)), `${size}x${size}.png`).toEqual({ width: size, height: size });
    }
    expect(ihdr(asset('icon.png'))).toEqual({ width: 1024, height: 1024 });
  });

  it('icon.ico holds PNG entries of 16…256 px whose headers match the pictures', () => {
    const entries = parseIco(asset('icon.ico'));
    expect(entries.map((e) => e.width)).toEqual([16, 24, 32, 48, 64, 128, 256]);
    for (const e of entries) {
      expect(e.bitCount).toBe(32);
      expect(ihdr(e.image)).toEqual({ width: e.width, height: e.height });
    }
  });

  it('icon.icns holds PNG entries ic07…ic14 of the sizes macOS expects', () => {
    const sizes = Object.fromEntries(parseIcns(asset('icon.icns')).map((e) => [e.type, ihdr(e.image).width]));
    expect(sizes).toEqual({ ic11: 32, ic12: 64, ic07: 128, ic13: 256, ic08: 256, ic14: 512, ic09: 512, ic10: 1024 });
  });

  it('the browser-mode favicon is the same drawing, with no text (renders without fonts)', () => {
    const svg = asset('icon.svg').toString('utf8');
    expect(readFileSync(path.join(root, 'renderer/public/favicon.svg'), 'utf8')).toBe(svg);
    expect(svg).not.toMatch(/<text\b/);
    expect(svg).toContain('viewBox="0 0 1024 1024"');
  });
});

describe('icon containers (scripts/icon-containers.mjs)', () => {
  /** A valid-enough PNG head: signature + IHDR with the given size (the writer reads nothing else). */
  const fakePng = (size: number) => {
    const png = Buffer.alloc(33);
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(png);
    png.writeUInt32BE(13, 8);
    png.write('IHDR', 12, 'latin1');
    png.writeUInt32BE(size, 16);
    png.writeUInt32BE(size, 20);
    return png;
  };

  it('writes 256 px as 0 in the .ico entry, sorts entries by size and points each at its bytes', () => {
    const entries = parseIco(icoFromPngs([fakePng(256), fakePng(16)]));
    expect(entries.map((e) => [e.width, pngSize(e.image).width])).toEqual([
      [16, 16],
      [256, 256],
    ]);
  });

  it('refuses non-PNG data and sizes a container cannot hold', () => {
    expect(() => pngSize(Buffer.from('GIF89a not a png at all'))).toThrow(/not a PNG/);
    expect(() => icoFromPngs([fakePng(512)])).toThrow(/≤ 256/);
    expect(() => icnsFromPngs(new Map([[32, fakePng(32)]]))).toThrow(/no 64px PNG/);
    const wrong = new Map([32, 64, 128, 256, 512, 1024].map((s) => [s, fakePng(s === 128 ? 100 : s)]));
    expect(() => icnsFromPngs(wrong)).toThrow(/ic07 wants 128px/);
  });
});
