/** Test pictures made with sharp (and BMPs by hand: libvips writes none). */
import sharp from 'sharp';

const solid = (width: number, height: number, r: number, g: number, b: number) =>
  sharp({ create: { width, height, channels: 3, background: { r, g, b } } });

/** A photo-like JPEG: coarse blobs plus fine grain, so it neither compresses to nothing nor stays noise. */
export async function photoJpeg(width: number, height: number, orientation?: number): Promise<Buffer> {
  const coarse = await sharp({
    create: {
      width: 64,
      height: 48,
      channels: 3,
      background: '#808080',
      noise: { type: 'gaussian', mean: 128, sigma: 70 },
    },
  })
    .png()
    .toBuffer();
  const grain = await sharp({
    create: { width, height, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 25 } },
  })
    .png()
    .toBuffer();
  let image = sharp(coarse)
    .resize(width, height, { kernel: 'cubic' })
    .composite([{ input: grain, blend: 'overlay' }])
    .jpeg({ quality: 90 });
  if (orientation) image = image.withMetadata({ orientation });
  return image.toBuffer();
}

export function solidPng(width: number, height: number, alpha = 1): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 4, background: { r: 20, g: 120, b: 200, alpha } } })
    .png()
    .toBuffer();
}

/** Two frames: red, then blue. */
export async function redThenBlueGif(width: number, height: number): Promise<Buffer> {
  const red = await solid(width, height, 255, 0, 0).png().toBuffer();
  const blue = await solid(width, height, 0, 0, 255).png().toBuffer();
  return sharp([red, blue], { join: { animated: true } })
    .gif({ delay: [100, 100] })
    .toBuffer();
}

/** An uncompressed bottom-up 24-bit BMP of one colour. */
export function bmp24(width: number, height: number, [r, g, b]: [number, number, number]): Buffer {
  const stride = Math.ceil((width * 3) / 4) * 4;
  const buf = Buffer.alloc(54 + stride * height);
  buf.write('BM', 0, 'latin1');
  buf.writeUInt32LE(buf.length, 2);
  buf.writeUInt32LE(54, 10);
  buf.writeUInt32LE(40, 14);
  buf.writeInt32LE(width, 18);
  buf.writeInt32LE(height, 22);
  buf.writeUInt16LE(1, 26);
  buf.writeUInt16LE(24, 28);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) buf.set([b, g, r], 54 + y * stride + x * 3);
  }
  return buf;
}

/** An 8-bit palette BMP: top half palette index 1 (green), bottom half index 0 (black). Bottom-up rows. */
export function bmp8(width: number, height: number): Buffer {
  const stride = Math.ceil(width / 4) * 4;
  const offset = 54 + 256 * 4;
  const buf = Buffer.alloc(offset + stride * height);
  buf.write('BM', 0, 'latin1');
  buf.writeUInt32LE(buf.length, 2);
  buf.writeUInt32LE(offset, 10);
  buf.writeUInt32LE(40, 14);
  buf.writeInt32LE(width, 18);
  buf.writeInt32LE(height, 22);
  buf.writeUInt16LE(1, 26);
  buf.writeUInt16LE(8, 28);
  buf.set([0, 255, 0, 0], 54 + 4); // palette[1] = green (BGRA)
  for (let y = 0; y < height; y++) {
    // File row y is picture row height-1-y: the file's last rows are the picture's top.
    const top = height - 1 - y < height / 2;
    buf.fill(top ? 1 : 0, offset + y * stride, offset + y * stride + width);
  }
  return buf;
}

/** The RGB of the pixel at (x, y) of an encoded picture. */
export async function pixelAt(image: Buffer, x: number, y: number): Promise<[number, number, number]> {
  const { data, info } = await sharp(image).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const o = (y * info.width + x) * info.channels;
  return [data[o], data[o + 1], data[o + 2]];
}
