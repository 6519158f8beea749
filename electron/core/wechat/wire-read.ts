/**
 * Tolerant readers for WeChat JSON fields. Real bodies differ from the docs (numbers as strings, ids as
 * numbers, missing fields: docs/wechat-api.md § Wire types), so every field is read defensively instead of cast.
 */
import type { JsonObject } from './wire-json';

/** A string; numbers are stringified (ids), anything else is ''. */
export function str(v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return '';
}

/** A string when present and non-empty, else undefined. */
export function optStr(v: unknown): string | undefined {
  const s = str(v);
  return s === '' ? undefined : s;
}

/** A finite number (numeric strings accepted), else `fallback`. */
export function num(v: unknown, fallback = 0): number {
  const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : v;
  return typeof n === 'number' && Number.isFinite(n) ? n : fallback;
}

/** A number when present and numeric, else undefined. */
export function optNum(v: unknown): number | undefined {
  const n = num(v, Number.NaN);
  return Number.isNaN(n) ? undefined : n;
}

/** An object, else {}. */
export function obj(v: unknown): JsonObject {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as JsonObject) : {};
}

/** An array, else []. */
export function arr(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}
