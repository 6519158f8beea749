/**
 * Hostile input generators shared by the IPC and browser-mode fuzz suites: wrong types, huge
 * strings, prototype keys, encoded traversal, NUL, bidi controls and lone surrogates, deep nesting.
 * `forbidden` strings (the live account id) are never produced, so an input can only reach the
 * emulator by a bug, never by luck.
 */
import fc from 'fast-check';

/** Pieces an attacker splices into ids, names, paths and URLs. */
export const NASTY_PIECES = [
  '..',
  '../',
  '..\\',
  '..%2f',
  '%2e%2e%2f',
  '%2e%2e/',
  '%252e%252e%252f',
  '..%c0%af',
  '%00',
  '\u0000',
  '/etc/passwd',
  'C:\\Windows\\win.ini',
  '\\\\?\\C:\\',
  '~/.ssh/id_rsa',
  'file:///etc/passwd',
  'http://127.0.0.1:1/x.png',
  'http://[::1]:1/',
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
  '\u202e', // right-to-left override
  '\u202d',
  '\u2066',
  '\u200f',
  '\u200b',
  '\ufeff',
  '\ud800', // lone high surrogate
  '\udfff', // lone low surrogate
  '\ud83d\ude00',
  '𝕏',
  '素材',
  'CON',
  'NUL.txt',
  'aux',
  ' ',
  '.',
  '\r\n',
  '\t',
  '${7*7}',
  '{{7*7}}',
  "'; --",
  '%s%n',
  '\x1b[31m',
  'wx0123456789abcdef',
  'demo',
];

export interface HostileOptions {
  /** Exact strings never to generate (e.g. the id of the account backed by the emulator). */
  forbidden?: readonly string[];
}

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const bidi = fc.constantFrom('\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069');

export function hostileString(options: HostileOptions = {}): fc.Arbitrary<string> {
  const forbidden = new Set(options.forbidden ?? []);
  const piece = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...NASTY_PIECES) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
    { weight: 1, arbitrary: loneSurrogate },
    { weight: 1, arbitrary: bidi },
    { weight: 2, arbitrary: fc.stringMatching(/^[A-Za-z0-9_-]{1,16}$/) },
  );
  return fc
    .oneof(
      { weight: 6, arbitrary: fc.array(piece, { minLength: 1, maxLength: 6 }).map((p) => p.join('')) },
      { weight: 1, arbitrary: fc.constantFrom('', 'x'.repeat(70_000), '../'.repeat(2_000), '\u202e'.repeat(5_000)) },
      { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
    )
    .filter((s) => !forbidden.has(s));
}

const oddNumber = fc.oneof(
  fc.constantFrom(NaN, Infinity, -Infinity, -0, 2 ** 53, -(2 ** 53), 1e308, 5e-324, 4294967296, -1),
  fc.double(),
  fc.integer(),
);

/** Any JSON-ish value, hostile at every level; objects carry prototype keys as own properties. */
export function hostileValue(options: HostileOptions = {}, maxDepth = 4): fc.Arbitrary<unknown> {
  const str = hostileString(options);
  const key = fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'then'), str);
  const { value } = fc.letrec<{ value: unknown }>((tie) => ({
    value: fc.oneof(
      { depthSize: 'small', maxDepth, withCrossShrink: true },
      fc.constantFrom(null, undefined, true, false),
      oddNumber,
      str,
      fc.array(tie('value'), { maxLength: 4 }),
      fc.array(fc.tuple(key, tie('value')), { maxLength: 4 }).map(ownEntries),
    ),
  }));
  return value;
}

/** `{__proto__: …}` as an own key, the way JSON.parse (and a structured-cloned IPC payload) delivers it. */
function ownEntries(entries: [string, unknown][]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of entries)
    Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
  return out;
}

/** 100–2,000 levels of arrays or objects: parsers and recursive validators must not blow the stack. */
function deeplyNested(): fc.Arbitrary<unknown> {
  return fc.tuple(fc.integer({ min: 100, max: 2_000 }), fc.boolean()).map(([depth, arrays]) => {
    let v: unknown = 'bottom';
    for (let i = 0; i < depth; i++) v = arrays ? [v] : { accountId: v };
    return v;
  });
}

/**
 * An object shaped like a channel's request (its real keys, sometimes plus prototype or unknown keys)
 * with hostile values: the inputs most likely to slip past a schema into a handler.
 */
export function hostileRequest(keys: readonly string[], options: HostileOptions = {}): fc.Arbitrary<unknown> {
  const value = hostileValue(options, 2);
  const key = fc.constantFrom(...keys, '__proto__', 'constructor', 'extra');
  return fc.array(fc.tuple(key, value), { maxLength: keys.length + 2 }).map(ownEntries);
}

/** What the fuzzers feed each channel or route: a mix of arbitrary values and request-shaped objects. */
export function hostileInput(keys: readonly string[], options: HostileOptions = {}): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 3, arbitrary: hostileValue(options) },
    { weight: 6, arbitrary: hostileRequest(keys, options) },
    { weight: 1, arbitrary: deeplyNested() },
  );
}
