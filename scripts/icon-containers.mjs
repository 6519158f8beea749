// The two icon container formats electron-builder wants besides PNG, written from PNG bytes we already
// have (scripts/render-icons.mjs). Both formats can hold PNG data as is, so there is no pixel encoding
// here: only headers and a table of contents. No installed package writes them (electron-builder converts
// icons only while it packs, through its own binary), and each format is a few dozen lines.
//   ICO  (Windows): 6-byte header, one 16-byte entry per image, then the images. Since Windows Vista an
//        entry may hold a PNG; width/height 0 mean 256.
//   ICNS (macOS):   'icns' + total length (big-endian), then one 'type' + length + PNG per size; the
//        ic07…ic14 types take PNG data (macOS 10.7+).

/** Width and height from a PNG's IHDR chunk (bytes 16–23); throws on anything that is not a PNG. */
export function pngSize(png) {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (png.length < 24 || signature.some((b, i) => png[i] !== b) || png.toString('latin1', 12, 16) !== 'IHDR') {
    throw new Error('not a PNG');
  }
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** An .ico holding each PNG as is (square, 1…256 px, listed smallest first). */
export function icoFromPngs(pngs) {
  const images = pngs.map((png) => ({ png, ...pngSize(png) })).sort((a, b) => a.width - b.width);
  for (const { width, height } of images) {
    if (width !== height || width < 1 || width > 256)
      throw new Error(`an .ico image must be square, ≤ 256 px: ${width}×${height}`);
  }
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // 1 = icon (2 would be a cursor)
  header.writeUInt16LE(images.length, 4);
  let offset = header.length + 16 * images.length;
  const entries = images.map(({ png, width }) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(width === 256 ? 0 : width, 0);
    entry.writeUInt8(width === 256 ? 0 : width, 1);
    entry.writeUInt8(0, 2); // no palette
    entry.writeUInt8(0, 3); // reserved
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel (RGBA)
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += png.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images.map((i) => i.png)]);
}

/** The ICNS types that hold PNG data, by pixel size (ic11…ic14 are the @2x variants of 16…512 pt). */
export const ICNS_TYPES = [
  { type: 'ic11', size: 32 },
  { type: 'ic12', size: 64 },
  { type: 'ic07', size: 128 },
  { type: 'ic13', size: 256 },
  { type: 'ic08', size: 256 },
  { type: 'ic14', size: 512 },
  { type: 'ic09', size: 512 },
  { type: 'ic10', size: 1024 },
];

/** An .icns with one PNG entry per type in ICNS_TYPES, taken from `pngBySize` (a Map of size → PNG). */
export function icnsFromPngs(pngBySize) {
  const chunks = ICNS_TYPES.map(({ type, size }) => {
    const png = pngBySize.get(size);
    if (!png) throw new Error(`no ${size}px PNG for ${type}`);
    const { width, height } = pngSize(png);
    if (width !== size || height !== size) throw new Error(`${type} wants ${size}px, got ${width}×${height}`);
    const head = Buffer.alloc(8);
    head.write(type, 0, 'latin1');
    head.writeUInt32BE(8 + png.length, 4);
    return Buffer.concat([head, png]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'latin1');
  head.writeUInt32BE(8 + chunks.reduce((n, c) => n + c.length, 0), 4);
  return Buffer.concat([head, ...chunks]);
}
