import { formatNumber } from '@/lib/format';

/** A rate (0–1) as a percentage in the viewer's locale; '–' when undefined. */
export function formatRate(v: number | null | undefined): string {
  if (v == null || Number.isNaN(v)) return '–';
  return new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 1 }).format(v);
}

/** A change against the previous period, signed: "+25 %", "−10 %"; '–' when there was nothing before. */
export function formatChange(v: number | null | undefined): string {
  if (v == null || Number.isNaN(v)) return '–';
  return new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 0, signDisplay: 'exceptZero' }).format(v);
}

export function formatMs(v: number | null | undefined): string {
  return v == null ? '–' : `${formatNumber(v, v < 10 ? 2 : 0)} ms`;
}

/** The metrics the console charts, with their labels and kind. */
export const METRICS: { value: string; label: string; rate?: boolean }[] = [
  { value: 'events', label: 'Learning events' },
  { value: 'accuracy', label: 'Accuracy', rate: true },
  { value: 'feedback', label: 'Feedback' },
  { value: 'facts_learned', label: 'Facts learned' },
  { value: 'facts_corrected', label: 'Facts corrected' },
  { value: 'facts_reinforced', label: 'Facts reinforced' },
  { value: 'facts_forgotten', label: 'Facts forgotten' },
  { value: 'contradiction_rate', label: 'Contradiction rate', rate: true },
  { value: 'searches', label: 'Searches' },
  { value: 'hit_rate', label: 'Hit rate', rate: true },
  { value: 'active_users', label: 'Active users' },
];

export const metricLabel = (name: string) => METRICS.find((m) => m.value === name)?.label ?? name.replaceAll('_', ' ');
export const isRate = (name: string) => METRICS.find((m) => m.value === name)?.rate === true;
export const formatMetric = (name: string, v: number | null | undefined) => (isRate(name) ? formatRate(v) : formatNumber(v, v != null && !Number.isInteger(v) ? 1 : undefined));

/** A number tile of a dashboard. */
export function Tile({ label, value, note }: { label: string; value: string; note?: string }) {
  return (
    <div className="stat">
      <dt>{label}</dt>
      <dd>
        {value}
        {note && <span className="stat-note">{note}</span>}
      </dd>
    </div>
  );
}

export const PERIODS = [7, 30, 90];
