const pad = (n: number) => String(n).padStart(2, '0');

/** Unix seconds (as WeChat sends `update_time`) → `yyyy-MM-dd HH:mm` in local time. */
export function formatUnixSeconds(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds <= 0) return '—';
  const d = new Date(seconds * 1000);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
