/**
 * Cover crops for WeChat's two shapes, written as `X1_Y1_X2_Y2` fractions of the picture (pic_crop_235_1,
 * pic_crop_1_1). The largest box of the ratio that fits, slid along the free axis by `position` (0..1).
 */
export const RATIOS = { '2.35:1': 2.35, '1:1': 1 } as const;
export type RatioName = keyof typeof RATIOS;

const f = (n: number) => String(Math.round(Math.min(1, Math.max(0, n)) * 1e6) / 1e6);

export function cropBox(width: number, height: number, ratio: number, position: number): string {
  if (width <= 0 || height <= 0) return '';
  const p = Math.min(1, Math.max(0, position));
  if (width / height >= ratio) {
    const w = (height * ratio) / width; // fraction of the width
    const x1 = (1 - w) * p;
    return `${f(x1)}_0_${f(x1 + w)}_1`;
  }
  const h = width / ratio / height;
  const y1 = (1 - h) * p;
  return `0_${f(y1)}_1_${f(y1 + h)}`;
}

/** The box as numbers, or null when the string is not a valid crop. */
export function parseCrop(crop: string): [number, number, number, number] | null {
  const parts = crop.split('_').map(Number);
  if (parts.length !== 4 || parts.some((n) => !Number.isFinite(n) || n < 0 || n > 1)) return null;
  const [x1, y1, x2, y2] = parts as [number, number, number, number];
  return x2 > x1 && y2 > y1 ? [x1, y1, x2, y2] : null;
}
