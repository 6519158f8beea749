/**
 * The Range header decision of the asset routes (electron/core/byte-range.ts): any header, however
 * hostile, yields whole, one in-bounds range, or unsatisfiable, never a position outside the file.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentRange, decideRange, unsatisfiedRange } from '../../../../electron/core/byte-range';

describe('decideRange', () => {
  it.each([
    ['bytes=0-0', 10, { start: 0, end: 0 }],
    ['bytes=0-', 10, { start: 0, end: 9 }],
    ['bytes=2-5', 10, { start: 2, end: 5 }],
    ['bytes=2-500', 10, { start: 2, end: 9 }],
    ['bytes=-3', 10, { start: 7, end: 9 }],
    ['bytes=-30', 10, { start: 0, end: 9 }],
    ['Bytes = 4-4 ', 10, { start: 4, end: 4 }],
    ['bytes=9-', 10, { start: 9, end: 9 }],
    [`bytes=1-${'9'.repeat(400)}`, 10, { start: 1, end: 9 }],
  ])('%s of %i bytes → 206 %o', (header, size, range) => {
    expect(decideRange(header, size)).toEqual({ kind: 'partial', range });
  });

  it.each([
    ['bytes=10-', 10],
    ['bytes=10-20', 10],
    ['bytes=-0', 10],
    ['bytes=0-', 0],
    ['bytes=-5', 0],
    [`bytes=${'9'.repeat(400)}-`, 10],
  ])('%s of %i bytes → 416', (header, size) => {
    expect(decideRange(header, size)).toEqual({ kind: 'unsatisfiable' });
  });

  it.each([
    [undefined],
    [null],
    [''],
    ['bytes'],
    ['bytes='],
    ['items=0-1'],
    ['bytes=a-b'],
    ['bytes=5-2'],
    ['bytes=1-2,4-5'],
    ['bytes=0-1, -2'],
    ['bytes=--1'],
    ['bytes=1--2'],
    ['bytes=0x1-2'],
    ['bytes=+1-2'],
    ['bytes=1.5-2'],
  ])('%j → whole (ignored)', (header) => {
    expect(decideRange(header, 10)).toEqual({ kind: 'whole' });
  });

  it('never answers a range outside the file, for any header and size', () => {
    const header = fc.oneof(
      fc.string(),
      fc
        .tuple(fc.option(fc.nat({ max: 2 ** 40 })), fc.option(fc.nat({ max: 2 ** 40 })))
        .map(([a, b]) => `bytes=${a ?? ''}-${b ?? ''}`),
      fc
        .array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 3 })
        .map((rs) => `bytes=${rs.map(([a, b]) => `${a}-${b}`).join(',')}`),
    );
    fc.assert(
      fc.property(header, fc.nat({ max: 2 ** 40 }), (h, size) => {
        const d = decideRange(h, size);
        if (d.kind !== 'partial') return;
        expect(Number.isSafeInteger(d.range.start) && Number.isSafeInteger(d.range.end)).toBe(true);
        expect(d.range.start).toBeGreaterThanOrEqual(0);
        expect(d.range.start).toBeLessThanOrEqual(d.range.end);
        expect(d.range.end).toBeLessThan(size);
      }),
      { numRuns: 5_000 },
    );
  });

  it('answers exactly the asked bytes for any in-bounds `first-last`', () => {
    fc.assert(
      fc.property(
        fc
          .nat({ max: 10_000 })
          .chain((size) => fc.tuple(fc.constant(size + 1), fc.nat({ max: size }), fc.nat({ max: size }))),
        ([size, a, b]) => {
          const [start, end] = a <= b ? [a, b] : [b, a];
          expect(decideRange(`bytes=${start}-${end}`, size)).toEqual({ kind: 'partial', range: { start, end } });
        },
      ),
    );
  });

  it('writes Content-Range for 206 and 416', () => {
    expect(contentRange({ start: 2, end: 5 }, 10)).toBe('bytes 2-5/10');
    expect(unsatisfiedRange(10)).toBe('bytes */10');
  });
});
