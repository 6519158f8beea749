/**
 * Numbers, sizes, speeds, durations and dates in the app's language (the toggle in the header), never
 * the system locale: a Chinese screen says "3天1小时" and "1.5 MB/秒", an English one "3 days 1 hour"
 * and "1.5 MB/s". Everything goes through `Intl` (NumberFormat with units, ListFormat, DateTimeFormat).
 * Components call `useFormat()`; plain code calls `formatterFor(lang)`.
 */
import { useMemo } from 'react';
import { useLang, type Lang } from './index';

export interface Formatter {
  /** 1234 → "1,234". */
  number(n: number): string;
  /** A byte count in B, kB, MB or GB (1024-based, as WeChat's limits are). */
  bytes(n: number): string;
  /** Bytes per second, at least in kB/s so an idle queue reads "0 kB/s". */
  speed(bytesPerSec: number): string;
  /** A span in seconds: the largest two units ("3 days 1 hour", "5 minutes 2 seconds"). */
  duration(seconds: number): string;
  /** What is left until `expiresAt` (ms) at `now` (ms), as a duration; never negative. */
  remaining(expiresAt: number, now: number): string;
  /** Unix seconds (as WeChat sends `update_time`) → date and time; "—" when unknown. */
  dateTime(unixSeconds: number): string;
  /** Epoch milliseconds → time of day with seconds (e.g. "synced 14:02:11"). */
  time(epochMs: number): string;
}

type DurationUnit = 'day' | 'hour' | 'minute' | 'second';
const SIZE_UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;

/**
 * Unit width per language: Chinese reads best with the short forms ("3天", "5秒", "12.3 kB"), English
 * with whole words for time ("3 days", "5 seconds") and short forms for sizes ("12.3 kB"). A bare
 * byte count is long in both ("512字节", "512 bytes"): ICU's short English "512 byte" reads as a typo.
 */
const DURATION_DISPLAY: Record<Lang, Intl.NumberFormatOptions['unitDisplay']> = { 'zh-CN': 'short', en: 'long' };

function unitFormat(lang: Lang, unit: string, unitDisplay: Intl.NumberFormatOptions['unitDisplay'], digits = 0) {
  return new Intl.NumberFormat(lang, { style: 'unit', unit, unitDisplay, maximumFractionDigits: digits });
}

/** The largest unit where `n` is at least 1, and `n` in it. */
function scaleBytes(n: number): { unit: (typeof SIZE_UNITS)[number]; value: number } {
  let value = Math.max(0, n);
  let i = 0;
  while (value >= 1024 && i < SIZE_UNITS.length - 1) {
    value /= 1024;
    i++;
  }
  return { unit: SIZE_UNITS[i], value };
}

function buildFormatter(lang: Lang): Formatter {
  const numberFmt = new Intl.NumberFormat(lang);
  const listFmt = new Intl.ListFormat(lang, { type: 'unit', style: 'narrow' });
  const dateTimeFmt = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' });
  const timeFmt = new Intl.DateTimeFormat(lang, { timeStyle: 'medium' });
  const durationFmt = Object.fromEntries(
    (['day', 'hour', 'minute', 'second'] as const).map((u) => [u, unitFormat(lang, u, DURATION_DISPLAY[lang])]),
  ) as Record<DurationUnit, Intl.NumberFormat>;
  const sizeFmt = Object.fromEntries(
    SIZE_UNITS.map((u) => [u, unitFormat(lang, u, u === 'byte' ? 'long' : 'short', u === 'byte' ? 0 : 1)]),
  ) as Record<(typeof SIZE_UNITS)[number], Intl.NumberFormat>;
  const speedFmt = Object.fromEntries(
    SIZE_UNITS.slice(1).map((u) => [u, unitFormat(lang, `${u}-per-second`, 'short', 1)]),
  ) as Record<Exclude<(typeof SIZE_UNITS)[number], 'byte'>, Intl.NumberFormat>;

  const duration = (seconds: number): string => {
    const s = Math.max(0, Math.round(Number.isFinite(seconds) ? seconds : 0));
    const parts: [DurationUnit, number][] =
      s >= 86_400
        ? [
            ['day', Math.floor(s / 86_400)],
            ['hour', Math.floor((s % 86_400) / 3600)],
          ]
        : s >= 3600
          ? [
              ['hour', Math.floor(s / 3600)],
              ['minute', Math.floor((s % 3600) / 60)],
            ]
          : s >= 60
            ? [
                ['minute', Math.floor(s / 60)],
                ['second', s % 60],
              ]
            : [['second', s]];
    // "3 days" rather than "3 days 0 hours"; the first unit always stays.
    const shown = parts.filter(([, v], i) => i === 0 || v > 0);
    return listFmt.format(shown.map(([unit, v]) => durationFmt[unit].format(v)));
  };

  return {
    number: (n) => numberFmt.format(n),
    bytes: (n) => {
      const { unit, value } = scaleBytes(n);
      return sizeFmt[unit].format(value);
    },
    speed: (bytesPerSec) => {
      const { unit, value } = scaleBytes(bytesPerSec);
      if (unit === 'byte') return speedFmt.kilobyte.format(value / 1024);
      return speedFmt[unit].format(value);
    },
    duration,
    remaining: (expiresAt, now) => duration(Math.floor(Math.max(0, expiresAt - now) / 1000)),
    dateTime: (unixSeconds) =>
      Number.isFinite(unixSeconds) && unixSeconds > 0 ? dateTimeFmt.format(new Date(unixSeconds * 1000)) : '—',
    time: (epochMs) => timeFmt.format(new Date(epochMs)),
  };
}

const cache = new Map<Lang, Formatter>();

/** The formatter of one language (built once; Intl objects are costly to create). */
export function formatterFor(lang: Lang): Formatter {
  let f = cache.get(lang);
  if (!f) {
    f = buildFormatter(lang);
    cache.set(lang, f);
  }
  return f;
}

/** The formatter of the current app language; re-renders pick up a language switch. */
export function useFormat(): Formatter {
  const { lang } = useLang();
  return useMemo(() => formatterFor(lang), [lang]);
}
