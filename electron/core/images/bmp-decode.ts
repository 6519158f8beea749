/**
 * A small BMP reader, because libvips (and so sharp's prebuilt builds) has no BMP loader and WeChat
 * stores BMP uploads as they are. It turns the common Windows bitmaps — uncompressed 1/4/8-bit
 * palette, 16-bit (5-5-5 or bit fields), 24-bit and 32-bit (BI_RGB or BI_BITFIELDS), bottom-up or
 * top-down — into RGBA pixels that sharp takes as raw input. RLE-compressed and embedded JPEG/PNG
 * bitmaps return null: the grid then shows the type glyph. No registry package was installed for this
 * (`bmp-js`, the usual one, has not been released since 2018).
 */

/** Refuse pictures whose RGBA pixels would take more than 256 MB (64 MP). */
const MAX_PIXELS = 64_000_000;
const BI_RGB = 0;
const BI_BITFIELDS = 3;
const BI_ALPHABITFIELDS = 6;

export interface RgbaImage {
  width: number;
  height: number;
  /** width × height × 4 bytes, top row first. */
  pixels: Buffer;
}

/** Reads one channel through a bit mask, scaled to 0–255. */
function channelReader(mask: number): (v: number) => number {
  if (mask === 0) return () => 255;
  let shift = 0;
  while (((mask >>> shift) & 1) === 0) shift++;
  const max = mask >>> shift;
  return (v) => Math.round((((v & mask) >>> shift) * 255) / max);
}

export function decodeBmp(buf: Buffer): RgbaImage | null {
  if (buf.length < 26 || buf.toString('latin1', 0, 2) !== 'BM') return null;
  const dataOffset = buf.readUInt32LE(10);
  const dibSize = buf.readUInt32LE(14);
  const core = dibSize === 12;
  if (!core && (dibSize < 40 || buf.length < 14 + 40)) return null;
  const width = core ? buf.readUInt16LE(18) : buf.readInt32LE(18);
  const rawHeight = core ? buf.readInt16LE(20) : buf.readInt32LE(22);
  const bpp = core ? buf.readUInt16LE(24) : buf.readUInt16LE(28);
  const compression = core ? BI_RGB : buf.readUInt32LE(30);
  const topDown = rawHeight < 0;
  const height = Math.abs(rawHeight);
  if (width <= 0 || height === 0 || width * height > MAX_PIXELS) return null;

  let masks: [number, number, number, number] | null = null;
  if (compression === BI_BITFIELDS || compression === BI_ALPHABITFIELDS) {
    // Masks follow a 40-byte header; V4/V5 headers carry them inside (same offsets).
    const at = 14 + 40;
    if (buf.length < at + 12) return null;
    const alpha = compression === BI_ALPHABITFIELDS || dibSize >= 56 ? buf.readUInt32LE(at + 12) : 0;
    masks = [buf.readUInt32LE(at), buf.readUInt32LE(at + 4), buf.readUInt32LE(at + 8), alpha];
  } else if (compression !== BI_RGB) {
    return null; // RLE4/RLE8 or an embedded JPEG/PNG
  }
  if (bpp === 16 && !masks) masks = [0x7c00, 0x03e0, 0x001f, 0];
  if (bpp === 32 && !masks) masks = [0x00ff0000, 0x0000ff00, 0x000000ff, 0];
  if (![1, 4, 8, 16, 24, 32].includes(bpp)) return null;

  let palette: Buffer | null = null;
  if (bpp <= 8) {
    const entrySize = core ? 3 : 4;
    const paletteAt = 14 + dibSize + (compression === BI_BITFIELDS && dibSize === 40 ? 12 : 0);
    const used = core ? 0 : buf.readUInt32LE(46);
    const count = used > 0 && used <= 1 << bpp ? used : 1 << bpp;
    palette = Buffer.alloc(256 * 3);
    for (let i = 0; i < count && paletteAt + i * entrySize + 2 < buf.length; i++) {
      const o = paletteAt + i * entrySize;
      palette[i * 3] = buf[o + 2]!;
      palette[i * 3 + 1] = buf[o + 1]!;
      palette[i * 3 + 2] = buf[o]!;
    }
  }

  const stride = Math.floor((bpp * width + 31) / 32) * 4;
  if (dataOffset + stride * height > buf.length) return null;
  const read = masks ? masks.map(channelReader) : null;
  const pixels = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++) {
    const row = dataOffset + (topDown ? y : height - 1 - y) * stride;
    for (let x = 0; x < width; x++) {
      const o = (y * width + x) * 4;
      let r: number, g: number, b: number;
      let a = 255;
      if (palette) {
        const bitAt = x * bpp;
        const byte = buf[row + (bitAt >> 3)];
        const index = bpp === 8 ? byte : (byte >> (8 - bpp - (bitAt & 7))) & ((1 << bpp) - 1);
        r = palette[index * 3]!;
        g = palette[index * 3 + 1]!;
        b = palette[index * 3 + 2]!;
      } else if (bpp === 24) {
        b = buf[row + x * 3]!;
        g = buf[row + x * 3 + 1]!;
        r = buf[row + x * 3 + 2]!;
      } else {
        const v = bpp === 16 ? buf.readUInt16LE(row + x * 2) : buf.readUInt32LE(row + x * 4);
        r = read![0](v);
        g = read![1](v);
        b = read![2](v);
        if (masks![3]) a = read![3](v);
      }
      pixels[o] = r;
      pixels[o + 1] = g;
      pixels[o + 2] = b;
      pixels[o + 3] = a;
    }
  }
  return { width, height, pixels };
}
