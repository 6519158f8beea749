import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractMediaId, extractMsgType } from '../../../../electron/core/uploads/message-xml';
import { uploadsSchemas } from '@shared/features/uploads.schemas';

/** Hostile pastes of exactly 20,000 characters (the old schema cap): shapes that made a regex backtrack. */
const hostile = fc
  .record({
    open: fc.constantFrom('<MediaId>', '<mediaid>', '<MsgType>', '<MediaId><![CDATA[', '<MediaId>\n'),
    filler: fc.constantFrom(' ', '\t', 'x', ' x', '<![CDATA[', ']', '\n ', 'a]]>', '<MediaId>'),
    tail: fc.constantFrom('', '<', '</MediaId', ']]', 'x</MsgType', '\u0000'),
    repeat: fc.integer({ min: 1, max: 3 }),
  })
  .map(({ open, filler, tail, repeat }) => {
    const body = (open + filler.repeat(20_000)).repeat(repeat);
    return `${body.slice(0, 20_000 - tail.length)}${tail}`;
  });

describe('message XML parsing (issue 8, finding 6)', () => {
  it('reads MediaId and MsgType from real message XML, CDATA or not', () => {
    const xml =
      '<xml><ToUserName><![CDATA[gh_1]]></ToUserName><MsgType><![CDATA[image]]></MsgType>' +
      '<MediaId><![CDATA[ abc_123-X ]]></MediaId></xml>';
    expect(extractMediaId(xml)).toBe('abc_123-X');
    expect(extractMsgType(xml)).toBe('image');
    expect(extractMediaId('<xml><mediaid> plainId </MEDIAID></xml>')).toBe('plainId');
    expect(extractMsgType('<MsgType>voice</MsgType>')).toBe('voice');
    expect(extractMediaId('<MediaId><![CDATA[a]b]]></MediaId>')).toBeNull();
    expect(extractMediaId('<MediaId>a<b</MediaId>')).toBeNull();
    expect(extractMediaId('<MediaId></MediaId>')).toBeNull();
    expect(extractMsgType('<MsgType></MsgType>')).toBeNull();
  });

  it('answers a 20,000-character hostile paste in under 50 ms, whatever its shape', () => {
    fc.assert(
      fc.property(hostile, (input) => {
        expect(input.length).toBe(20_000);
        // Best of three: a linear scan takes well under 1 ms, so only a pause of this busy machine
        // (GC, another process) could push one run past 50 ms; the old regex took seconds every time.
        const runs = [0, 1, 2].map(() => {
          const started = performance.now();
          extractMediaId(input);
          extractMsgType(input);
          return performance.now() - started;
        });
        expect(Math.min(...runs)).toBeLessThan(50);
      }),
      { numRuns: 60 },
    );
  });

  it('the channel refuses pastes over 4,000 characters with a zh/en reason', () => {
    const schema = uploadsSchemas['uploads:tempFetch'];
    expect(schema.safeParse({ accountId: 'demo', input: 'x'.repeat(4_000) }).success).toBe(true);
    const res = schema.safeParse({ accountId: 'demo', input: 'x'.repeat(4_001) });
    expect(res.success).toBe(false);
    const message = res.error!.issues[0].message;
    expect(message).toMatch(/4000|4,000/);
    expect(message).toMatch(/[\u4e00-\u9fff]/);
    expect(message).toMatch(/paste/i);
  });
});
