/**
 * JSON request bodies as WeChat treats them: an empty POST body is 44002 (empty post
 * data); anything that is not a JSON object is 47001 (data format error).
 */
export type JsonBody = { ok: true; value: Record<string, unknown> } | { ok: false; errcode: 44002 | 47001 };

export function parseJsonBody(body: Buffer): JsonBody {
  if (body.length === 0) return { ok: false, errcode: 44002 };
  try {
    const value: unknown = JSON.parse(body.toString('utf8'));
    if (!value || typeof value !== 'object' || Array.isArray(value)) return { ok: false, errcode: 47001 };
    return { ok: true, value: value as Record<string, unknown> };
  } catch {
    return { ok: false, errcode: 47001 };
  }
}

/** Integer from a JSON field that may arrive as a number or a numeric string. */
export function intField(value: unknown): number | null {
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (typeof value === 'string' && /^-?\d+$/.test(value.trim())) return Number(value);
  return null;
}

/** Paging fields shared by the batchget endpoints: offset ≥ 0 and count within 1..20. */
export function paging(body: Record<string, unknown>): { offset: number; count: number } | null {
  const offset = intField(body.offset ?? 0);
  const count = intField(body.count);
  if (offset === null || count === null || offset < 0 || count < 1 || count > 20) return null;
  return { offset, count };
}
