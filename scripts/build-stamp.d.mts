// Types of scripts/build-stamp.mjs (a plain Node script, so `npm run web` needs no TypeScript tooling).
export const SOURCE_ROOTS: string[];
export const SOURCE_FILES: string[];
export const WEB_OUTPUTS: string[];
export const STAMP_FILE: string;
export function sourceFiles(root: string): string[];
export function sourceDigest(root: string): string;
export function buildNeeded(root: string, outDir: string, digest?: string): string | null;
export function writeStamp(outDir: string, digest: string): void;
