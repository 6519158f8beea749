export function pngSize(png: Buffer): { width: number; height: number };
export function icoFromPngs(pngs: readonly Buffer[]): Buffer;
export const ICNS_TYPES: readonly { type: string; size: number }[];
export function icnsFromPngs(pngBySize: ReadonlyMap<number, Buffer>): Buffer;
