/** MathJax rendering and its cache (electron/core/article-render/render-math.ts, lru-cache.ts). */
import { describe, expect, it } from 'vitest';
import { LruCache } from '../../../../electron/core/article-render/lru-cache';
import { MAX_TEX_LENGTH, mathCacheSize, renderTex } from '../../../../electron/core/article-render/render-math';

describe('renderTex', () => {
  it('renders inline and display TeX to one standalone <svg> each, and caches them', () => {
    const inline = renderTex('\\frac{a}{b} + \\sqrt{x}', false);
    const display = renderTex('\\begin{aligned} a &= b \\\\ c &= d \\end{aligned}', true);
    for (const r of [inline, display]) {
      expect(r.ok).toBe(true);
      if (!r.ok) continue;
      expect(r.svg.startsWith('<svg')).toBe(true);
      expect(r.svg.match(/<svg\b/g)).toHaveLength(1);
      expect(r.svg).not.toMatch(/<use\b|<defs|\sid=|data-|<mjx/);
    }
    const size = mathCacheSize();
    expect(renderTex('\\frac{a}{b} + \\sqrt{x}', false)).toBe(inline);
    expect(mathCacheSize()).toBe(size);
  });

  it('answers an error (never throws) for bad or oversized TeX, and keeps working after it', () => {
    const bad = renderTex('\\frac{a}{', false);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.message).toMatch(/brace/i);
    expect(renderTex('x'.repeat(MAX_TEX_LENGTH + 1), false)).toMatchObject({ ok: false });
    expect(renderTex('y^2', false).ok).toBe(true);
  });
});

describe('LruCache', () => {
  it('drops the least recently used entry past its capacity', () => {
    const c = new LruCache<string, number>(2);
    c.set('a', 1);
    c.set('b', 2);
    expect(c.get('a')).toBe(1);
    c.set('c', 3);
    expect(c.get('b')).toBeUndefined();
    expect(c.get('a')).toBe(1);
    expect(c.get('c')).toBe(3);
    expect(c.size).toBe(2);
  });
});
