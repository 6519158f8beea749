/** Unix seconds → local `YYYY-MM-DD HH:mm`. */
export function formatTime(unixS: number): string {
  if (!unixS) return '';
  const d = new Date(unixS * 1000);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}
