/** Test pictures made with sharp: random noise, so they really weigh what their size says. */
import { randomBytes } from 'node:crypto';
import { sharpOf } from '../../../../electron/core/images/sharp';

/** Raw noise pixels; `alphaHoles` makes some pixels transparent. */
export async function noise(width: number, height: number, channels: 3 | 4 = 3, alphaHoles = false) {
  const data = randomBytes(width * height * channels);
  if (channels === 4) for (let i = 3; i < data.length; i += 4) data[i] = alphaHoles && i % 40 === 3 ? 0 : 255;
  return sharpOf(data, { raw: { width, height, channels } });
}

/** A smooth, photo-like gradient (compresses like a real photo, unlike noise). */
export async function gradient(width: number, height: number) {
  const data = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const o = (y * width + x) * 3;
      data[o] = (x * 255) / width;
      data[o + 1] = (y * 255) / height;
      data[o + 2] = ((x + y) * 127) / (width + height);
    }
  return sharpOf(data, { raw: { width, height, channels: 3 } });
}
