/**
 * TeX → standalone inline SVG with MathJax (TeX input, SVG output, lite DOM adaptor, no browser).
 * `fontCache: 'none'` draws every glyph as its own path, so an SVG needs no <defs>/<use> and no ids that
 * WeChat could strip (docs/article-rendering.md, "Math"). A formula that does not parse comes back as an
 * error, never a throw to the caller. Results are kept in a bounded LRU cache: the editor re-renders the
 * whole article on every preview, and most formulas are unchanged between two renders.
 */
import type { LiteDocument } from 'mathjax-full/js/adaptors/lite/Document.js';
import type { LiteElement } from 'mathjax-full/js/adaptors/lite/Element.js';
import type { LiteText } from 'mathjax-full/js/adaptors/lite/Text.js';
import { liteAdaptor, type LiteAdaptor } from 'mathjax-full/js/adaptors/liteAdaptor.js';
import type { MathDocument } from 'mathjax-full/js/core/MathDocument.js';
import { RegisterHTMLHandler } from 'mathjax-full/js/handlers/html.js';
import { TeX } from 'mathjax-full/js/input/tex.js';
import 'mathjax-full/js/input/tex/ams/AmsConfiguration.js';
import 'mathjax-full/js/input/tex/base/BaseConfiguration.js';
import 'mathjax-full/js/input/tex/boldsymbol/BoldsymbolConfiguration.js';
import 'mathjax-full/js/input/tex/braket/BraketConfiguration.js';
import 'mathjax-full/js/input/tex/cancel/CancelConfiguration.js';
import 'mathjax-full/js/input/tex/color/ColorConfiguration.js';
import { mathjax } from 'mathjax-full/js/mathjax.js';
import { SVG } from 'mathjax-full/js/output/svg.js';
import { LruCache } from './lru-cache';

/**
 * Only packages that load synchronously (no `require`, no autoload), and no `newcommand`: a macro defined in
 * one formula would leak into the next and make cached results depend on order.
 */
const TEX_PACKAGES = ['base', 'ams', 'boldsymbol', 'braket', 'cancel', 'color'];
/** A formula longer than this is refused (it would make an SVG of megabytes). */
export const MAX_TEX_LENGTH = 4000;
const CACHE_SIZE = 500;

export type MathResult = { ok: true; svg: string } | { ok: false; message: string };

interface Engine {
  adaptor: LiteAdaptor;
  doc: MathDocument<LiteElement, LiteText, LiteDocument>;
}

let engine: Engine | null = null;
const cache = new LruCache<string, MathResult>(CACHE_SIZE);

/** Built on first use: loading MathJax's fonts and tables takes a noticeable moment. */
function getEngine(): Engine {
  if (engine) return engine;
  const adaptor = liteAdaptor();
  RegisterHTMLHandler(adaptor);
  const tex = new TeX({
    packages: TEX_PACKAGES,
    // Throw instead of drawing a red error box, so the caller can keep the source and warn.
    formatError: (_jax: unknown, err: Error) => {
      throw err;
    },
  });
  const doc = mathjax.document('', {
    InputJax: tex,
    OutputJax: new SVG({ fontCache: 'none' }),
  }) as MathDocument<LiteElement, LiteText, LiteDocument>;
  engine = { adaptor, doc };
  return engine;
}

/**
 * MathJax's bookkeeping attributes (`data-mml-node`, `data-c`) mean nothing outside MathJax, and the root's
 * `width`/`height` (in ex) move into its style, as wenyan does before its draft/add (caol64/wenyan-core
 * `src/core/renderer/wechatPostRender.ts`): an inline style is what WeChat is known to keep.
 */
export function cleanSvg(svg: string): string {
  const cleaned = svg.replace(/\sdata-[a-z-]+="[^"]*"/g, '');
  return cleaned.replace(/^<svg\b[^>]*>/, (root) => {
    const size = ['width', 'height']
      .map((name) => [name, new RegExp(`\\s${name}="([^"]*)"`).exec(root)?.[1]] as const)
      .filter((pair): pair is readonly [string, string] => Boolean(pair[1]));
    let tag = root;
    for (const [name] of size) tag = tag.replace(new RegExp(`\\s${name}="[^"]*"`), '');
    const sizeStyle = size.map(([name, value]) => `${name}: ${value}; `).join('');
    if (/\sstyle="/.test(tag))
      return tag.replace(/\sstyle="([^"]*)"/, (_, style: string) => ` style="${sizeStyle}${style}"`);
    return tag.replace(/^<svg\b/, `<svg style="${sizeStyle.trim()}"`);
  });
}

/** The formula's source as the picture's name, so a screen reader (and axe's svg-img-alt) has its text. */
export function labelSvg(svg: string, tex: string): string {
  const label = tex.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return svg.replace(/^<svg\b[^>]*>/, (root) =>
    root
      .replace(/\s(role|aria-label|aria-hidden)="[^"]*"/g, '')
      .replace(/^<svg\b/, `<svg role="img" aria-label="${label}"`),
  );
}

export function renderTex(tex: string, display: boolean): MathResult {
  const key = `${display ? 'D' : 'I'}${tex}`;
  const hit = cache.get(key);
  if (hit) return hit;
  let result: MathResult;
  if (tex.length > MAX_TEX_LENGTH) {
    result = { ok: false, message: `formula longer than ${MAX_TEX_LENGTH} characters` };
  } else {
    try {
      const { adaptor, doc } = getEngine();
      // With the default render actions, convert() answers the output DOM node, not the internal MathML tree.
      const node = doc.convert(tex, { display, em: 16, ex: 8, containerWidth: 1280 }) as LiteElement;
      // The container is MathJax's custom element; the <svg> inside it is what an article can carry.
      result = { ok: true, svg: labelSvg(cleanSvg(adaptor.innerHTML(node)), tex) };
    } catch (err) {
      // MathJax's TexError is not an Error subclass but has a message.
      const message = (err as { message?: unknown } | null)?.message;
      result = { ok: false, message: typeof message === 'string' ? message : String(err) };
    }
  }
  cache.set(key, result);
  return result;
}

/** Rendered formulas currently cached (for tests). */
export function mathCacheSize(): number {
  return cache.size;
}
