import { describe, expect, it } from 'vitest';
import { formatterFor } from '../../../renderer/src/i18n/format';

const zh = formatterFor('zh-CN');
const en = formatterFor('en');
const CJK = /[\u4e00-\u9fff]/;
const LATIN_UNIT = /\b(d|h|min|s|sec|seconds?|days?|hours?)\b/;

describe('formatting in the app language', () => {
  it('writes durations in words of the language: no "3 d 1 h" in Chinese', () => {
    const span = 3 * 86_400 + 3600 + 12;
    expect(zh.duration(span)).toMatch(/^3\s?天\s?1\s?小时$/);
    expect(en.duration(span)).toBe('3 days 1 hour');
    expect(en.duration(65)).toBe('1 minute 5 seconds');
    expect(en.duration(3 * 86_400)).toBe('3 days');
    expect(zh.duration(0)).not.toMatch(LATIN_UNIT);
    expect(en.duration(-5)).toBe('0 seconds');
  });

  it('counts down to an expiry without going negative', () => {
    const now = Date.UTC(2026, 0, 1);
    expect(en.remaining(now + 2 * 3600_000 + 30 * 60_000, now)).toBe('2 hours 30 minutes');
    expect(en.remaining(now - 1000, now)).toBe('0 seconds');
    expect(zh.remaining(now + 86_400_000, now)).toMatch(CJK);
  });

  it('formats sizes with Intl units, 1024-based', () => {
    expect(en.bytes(512)).toBe('512 bytes');
    expect(zh.bytes(512)).toMatch(/^512\s?字节$/);
    expect(en.bytes(1536)).toBe('1.5 kB');
    expect(en.bytes(5 * 1024 * 1024)).toBe('5 MB');
    expect(zh.bytes(5 * 1024 * 1024)).toBe('5 MB');
  });

  it('formats speeds per second in the language', () => {
    expect(en.speed(0)).toBe('0 kB/s');
    expect(zh.speed(0)).toMatch(/^0 kB\/秒$/);
    expect(en.speed(3 * 1024 * 1024)).toBe('3 MB/s');
  });

  it('formats dates per language, and "—" for an unknown time', () => {
    const t = Date.UTC(2026, 4, 10, 4, 0) / 1000;
    expect(zh.dateTime(t)).toMatch(/2026年5月10日/);
    expect(en.dateTime(t)).toMatch(/May 10, 2026/);
    expect(en.dateTime(0)).toBe('—');
  });

  it('groups digits', () => {
    expect(en.number(1234567)).toBe('1,234,567');
  });
});
