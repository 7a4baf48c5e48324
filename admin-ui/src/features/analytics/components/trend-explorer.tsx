import { useState } from 'react';
import { SelectField } from '@/components/ui/field';
import { LineChart } from '@/components/ui/line-chart';
import { QueryState } from '@/components/ui/states';
import { useTrend, type TrendParams } from '../api/get-trend';
import { formatChange, formatMetric, isRate, metricLabel, METRICS } from './numbers';

/** One metric over time with its moving average, change against the previous period and forecast. */
export function TrendExplorer({ appId, days, domains }: { appId: string; days: number; domains: string[] }) {
  const [params, setParams] = useState<Omit<TrendParams, 'days'>>({ domain: 'all', metric: 'facts_learned', bucket: 'day' });
  const p = { ...params, days };
  const trend = useTrend(appId, p);
  return (
    <>
      <div className="filters filters-row">
        <SelectField label="Metric" name="trend-metric" value={p.metric} onChange={(e) => setParams({ ...params, metric: e.target.value })}>
          {METRICS.map((m) => (
            <option key={m.value} value={m.value}>
              {m.label}
            </option>
          ))}
        </SelectField>
        <SelectField label="Domain" name="trend-domain" value={p.domain} onChange={(e) => setParams({ ...params, domain: e.target.value })}>
          <option value="all">all</option>
          <option value="memory">memory</option>
          <option value="retrieval">retrieval</option>
          {domains.map((d) => (
            <option key={d} value={d}>
              {d}
            </option>
          ))}
        </SelectField>
        <SelectField label="Bucket" name="trend-bucket" value={p.bucket} onChange={(e) => setParams({ ...params, bucket: e.target.value as 'day' | 'week' })}>
          <option value="day">day</option>
          <option value="week">week</option>
        </SelectField>
      </div>
      <QueryState query={trend} what="trend">
        {(t) => (
          <>
            <LineChart
              title={`${metricLabel(t.metric)} per ${p.bucket} (${p.domain})`}
              labels={t.points.map((pt) => pt.start)}
              series={[
                { name: metricLabel(t.metric), values: t.points.map((pt) => pt.value) },
                { name: 'Moving average', values: t.points.map((pt) => pt.moving_average ?? null), dashed: true },
              ]}
              digits={isRate(t.metric) ? 3 : undefined}
            />
            <p className="muted">
              This period {formatMetric(t.metric, t.current)}, previous {formatMetric(t.metric, t.previous)}, change {formatChange(t.change)}.
              {t.forecast?.next?.length ? ` Forecast for the next ${p.bucket}: ${formatMetric(t.metric, t.forecast.next[0])} (${t.forecast.method}).` : ''}
            </p>
          </>
        )}
      </QueryState>
    </>
  );
}
