/**
 * Fault injection (docs/reliability.md § Fault testing). Rules are matched in order against each call's
 * endpoint. Every matching latency rule adds its delay; the first matching non-latency
 * rule decides what happens to the call. `times` counts only calls the rule actually
 * applied to, and `probability` draws from a per-rule deterministic PRNG so a failing
 * run can be replayed with the same seed.
 */
import type { FaultKind, FaultRule } from './types';

const KINDS: readonly FaultKind[] = ['latency', 'drop-before', 'drop-after', 'errcode', 'http-status', 'truncate'];

/** mulberry32: tiny, fast, good enough for fault dice. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface ActiveRule {
  rule: FaultRule;
  remaining: number;
  roll: () => number;
}

export interface FaultDecision {
  latencyMs: number;
  action: FaultRule | null;
}

export function validateRule(input: unknown): FaultRule {
  const r = input as Partial<FaultRule> | null;
  if (!r || typeof r !== 'object') throw new TypeError('fault rule must be an object');
  if (typeof r.endpoint !== 'string' || !r.endpoint) throw new TypeError('fault rule needs an endpoint');
  if (!r.kind || !KINDS.includes(r.kind)) throw new TypeError(`fault kind must be one of ${KINDS.join(', ')}`);
  if (r.kind === 'errcode' && typeof r.errcode !== 'number')
    throw new TypeError('errcode fault needs a numeric errcode');
  if (r.kind === 'http-status' && typeof r.status !== 'number')
    throw new TypeError('http-status fault needs a numeric status');
  if (r.kind === 'latency' && typeof r.latencyMs !== 'number') throw new TypeError('latency fault needs latencyMs');
  if (r.probability !== undefined && (typeof r.probability !== 'number' || r.probability < 0 || r.probability > 1)) {
    throw new TypeError('probability must be within 0..1');
  }
  // Accept '/cgi-bin/material/add_material' as well as 'material/add_material'.
  return { ...r, endpoint: r.endpoint.replace(/^\/?cgi-bin\//, '') } as FaultRule;
}

export class FaultEngine {
  private rules: ActiveRule[] = [];

  set(rules: FaultRule[]): void {
    this.rules = rules.map(validateRule).map((rule) => ({
      rule,
      remaining: rule.times ?? Infinity,
      roll: prng(rule.seed ?? 0x5eed),
    }));
  }

  clear(): void {
    this.rules = [];
  }

  active(): FaultRule[] {
    return this.rules.filter((r) => r.remaining > 0).map((r) => ({ ...r.rule }));
  }

  decide(endpoint: string): FaultDecision {
    let latencyMs = 0;
    let action: FaultRule | null = null;
    for (const r of this.rules) {
      if (r.remaining <= 0) continue;
      if (r.rule.endpoint !== '*' && r.rule.endpoint !== endpoint) continue;
      const isLatency = r.rule.kind === 'latency';
      if (!isLatency && action) continue; // one action per call; later rules keep their budget
      if (r.rule.probability !== undefined && r.roll() >= r.rule.probability) continue;
      r.remaining -= 1;
      if (isLatency) latencyMs += r.rule.latencyMs ?? 0;
      else action = r.rule;
    }
    return { latencyMs, action };
  }
}
