import { encodePng } from '../core/thumbs/png-downscale';

let icon: Buffer | null = null;

/** A 32×32 document glyph for the drag image (macOS refuses startDrag without an icon). */
export function dragIcon(): Buffer {
  if (icon) return icon;
  const size = 32;
  const pixels = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const o = (y * size + x) * 4;
      const inside = x >= 6 && x < 26 && y >= 3 && y < 29;
      const border = inside && (x === 6 || x === 25 || y === 3 || y === 28);
      const [r, g, b, a] = border ? [6, 173, 86, 255] : inside ? [255, 255, 255, 235] : [0, 0, 0, 0];
      pixels.set([r, g, b, a], o);
    }
  }
  icon = encodePng({ width: size, height: size, channels: 4, pixels });
  return icon;
}
