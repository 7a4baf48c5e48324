// Numbers and times in the viewer's locale and time zone.
export function formatNumber(n: number | null | undefined, digits?: number): string {
  if (n == null || Number.isNaN(n)) return '–';
  return new Intl.NumberFormat(undefined, digits == null ? {} : { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(n);
}

export function formatTime(iso: string | null | undefined): string {
  if (!iso) return '–';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(d);
}
