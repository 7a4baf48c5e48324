import { formatNumber } from '@/lib/format';

export type ChartSeries = { name: string; values: (number | null)[]; dashed?: boolean };

const W = 560;
const H = 200;
const PAD = { left: 52, right: 12, top: 12, bottom: 28 };

/** A round upper bound for the y axis (1, 2 or 5 times a power of ten). */
export function niceMax(max: number): number {
  if (!(max > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  for (const step of [1, 2, 5, 10]) if (max <= step * power) return step * power;
  return 10 * power;
}

/** The SVG path of a series: gaps (null) break the line. */
export function linePath(values: (number | null)[], x: (i: number) => number, y: (v: number) => number): string {
  let path = '';
  let pen = false;
  values.forEach((v, i) => {
    if (v == null || Number.isNaN(v)) {
      pen = false;
      return;
    }
    path += `${pen ? 'L' : 'M'}${x(i).toFixed(1)},${y(v).toFixed(1)}`;
    pen = true;
  });
  return path;
}

/** Indexes of values with no value on either side: a line cannot show them, a dot does. */
export function isolated(values: (number | null)[]): number[] {
  const has = (i: number) => i >= 0 && i < values.length && values[i] != null && !Number.isNaN(values[i]);
  return values.flatMap((_, i) => (has(i) && !has(i - 1) && !has(i + 1) ? [i] : []));
}

/**
 * A line chart in plain SVG (no chart library: a few lines per series keep the bundle small). The
 * picture is labelled for screen readers and the numbers are one click away in a table.
 */
export function LineChart({
  title,
  labels,
  series,
  digits,
}: {
  title: string;
  labels: string[];
  series: ChartSeries[];
  digits?: number;
}) {
  const all = series.flatMap((s) => s.values).filter((v): v is number => v != null && !Number.isNaN(v));
  const top = niceMax(Math.max(0, ...all));
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (labels.length <= 1 ? plotW / 2 : (i * plotW) / (labels.length - 1));
  const y = (v: number) => PAD.top + plotH - (v / top) * plotH;
  const ticks = [0, top / 2, top];
  const xTicks = labels.length > 2 ? [0, Math.floor((labels.length - 1) / 2), labels.length - 1] : labels.map((_, i) => i);
  const last = series[0]?.values.findLast((v) => v != null);
  const summary = `${title}: ${labels.length} points from ${labels[0] ?? '–'} to ${labels.at(-1) ?? '–'}${last != null ? `, latest ${formatNumber(last, digits)}` : ''}.`;
  return (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      {all.length === 0 ? (
        <p className="state state-empty">No data in this period.</p>
      ) : (
        <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={summary}>
          {ticks.map((t) => (
            <g key={t}>
              <line className="chart-grid" x1={PAD.left} x2={W - PAD.right} y1={y(t)} y2={y(t)} />
              <text className="chart-label" x={PAD.left - 6} y={y(t) + 4} textAnchor="end">
                {formatNumber(t, tickDigits(t, top))}
              </text>
            </g>
          ))}
          {xTicks.map((i) => (
            <text key={i} className="chart-label" x={x(i)} y={H - 8} textAnchor={i === 0 ? 'start' : i === labels.length - 1 ? 'end' : 'middle'}>
              {labels[i]}
            </text>
          ))}
          {series.map((s, n) => (
            <g key={s.name}>
              <path className={`chart-line chart-line-${n}${s.dashed ? ' chart-dashed' : ''}`} d={linePath(s.values, x, y)} fill="none" />
              {isolated(s.values).map((i) => (
                <circle key={i} className={`chart-dot chart-line-${n}`} cx={x(i)} cy={y(s.values[i]!)} r={3.5} />
              ))}
            </g>
          ))}
        </svg>
      )}
      {series.length > 1 && (
        <ul className="chart-legend">
          {series.map((s, n) => (
            <li key={s.name}>
              <span className={`chart-swatch chart-line-${n}${s.dashed ? ' chart-dashed' : ''}`} aria-hidden="true" /> {s.name}
            </li>
          ))}
        </ul>
      )}
      {all.length > 0 && (
        <details className="chart-data">
          <summary>Data of “{title}”</summary>
          <DataTableOf labels={labels} series={series} digits={digits} />
        </details>
      )}
    </figure>
  );
}

function DataTableOf({ labels, series, digits }: { labels: string[]; series: ChartSeries[]; digits?: number }) {
  return (
    <div className="table-wrap">
      <table>
        <thead>
          <tr>
            <th scope="col">Period</th>
            {series.map((s) => (
              <th key={s.name} scope="col">
                {s.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {labels.map((label, i) => (
            <tr key={label}>
              <td data-label="Period">{label}</td>
              {series.map((s) => (
                <td key={s.name} data-label={s.name}>
                  {formatNumber(s.values[i], digits)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Decimals of an axis label: none for whole numbers above 1, enough for 2.5 or 0.25 otherwise. */
export function tickDigits(t: number, top: number): number {
  if (top <= 1) return 2;
  return Number.isInteger(t) ? 0 : 1;
}
