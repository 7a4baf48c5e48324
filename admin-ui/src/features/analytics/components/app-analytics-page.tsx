import { useState } from 'react';
import { SelectField } from '@/components/ui/field';
import { DataTable } from '@/components/ui/list-page';
import { LineChart } from '@/components/ui/line-chart';
import { PageHeader } from '@/components/ui/page-header';
import { QueryState } from '@/components/ui/states';
import { formatNumber } from '@/lib/format';
import { useDashboard } from '../api/get-dashboard';
import { useDomains } from '../api/get-domains';
import { useInsights } from '../api/get-insights';
import type { Performer } from '../api/types';
import { DownloadReportForm } from './download-report-form';
import { InsightList } from './insight-list';
import { LearningHistory } from './learning-history';
import { LivePanel } from './live-panel';
import { ToolsPanel } from './tools-panel';
import { formatRate, isRate, metricLabel, PERIODS, Tile } from './numbers';
import { TrendExplorer } from './trend-explorer';

/**
 * An app's analytics: today's numbers, the daily series of the period (decisions, accuracy, facts
 * learned, retrieval volume), one trend to explore, insights, top agents and the learning history.
 */
export function AppAnalyticsPage({ appId }: { appId: string }) {
  const [days, setDays] = useState(30);
  const dashboard = useDashboard(appId, days);
  const insights = useInsights(appId, 'all', days);
  const domains = useDomains(appId);
  return (
    <>
      <PageHeader title="Analytics">
        <SelectField label="Period" name="period" value={String(days)} onChange={(e) => setDays(Number(e.target.value))}>
          {PERIODS.map((d) => (
            <option key={d} value={d}>
              last {d} days
            </option>
          ))}
        </SelectField>
      </PageHeader>
      <QueryState query={dashboard} what="analytics">
        {(d) => (
          <>
            <section className="card" aria-labelledby="today">
              <h2 id="today">Today (UTC)</h2>
              <dl className="stats">
                <Tile label="Learning events" value={formatNumber(d.today.ai_performance.events)} />
                <Tile label="Accuracy" value={formatRate(d.today.ai_performance.accuracy)} />
                <Tile label="Facts learned" value={formatNumber(d.today.memory.facts_learned)} />
                <Tile label="Facts corrected" value={formatNumber(d.today.memory.facts_corrected)} />
                <Tile label="Searches" value={formatNumber(d.today.retrieval.searches)} />
                <Tile label="Hit rate" value={formatRate(d.today.retrieval.hit_rate)} />
                <Tile label="Events this hour" value={formatNumber(d.realtime.events_this_hour)} note={`previous hour ${formatNumber(d.realtime.events_previous_hour)}`} />
              </dl>
            </section>
            <section className="card" aria-labelledby="per-day">
              <h2 id="per-day">Per day, last {days} days</h2>
              <div className="chart-grid-2">
                {d.trends.map((t) => (
                  <LineChart
                    key={t.metric}
                    title={metricLabel(t.metric)}
                    labels={t.points.map((p) => p.start)}
                    series={[{ name: metricLabel(t.metric), values: t.points.map((p) => p.value) }]}
                    digits={isRate(t.metric) ? 3 : undefined}
                  />
                ))}
              </div>
            </section>
            <section className="card" aria-labelledby="top">
              <h2 id="top">Top agents</h2>
              <PerformerTable rows={d.top_performers.agents} keyName="agent_id" label="Agent" />
            </section>
            <section className="card" aria-labelledby="tools">
              <h2 id="tools">Tools</h2>
              <ToolsPanel appId={appId} tools={d.top_performers.agents.map((a) => a.agent_id ?? '').filter(Boolean)} />
            </section>
          </>
        )}
      </QueryState>
      <section className="card" aria-labelledby="live">
        <h2 id="live">Live</h2>
        <LivePanel appId={appId} />
      </section>
      <section className="card" aria-labelledby="trend">
        <h2 id="trend">Explore a trend</h2>
        <TrendExplorer appId={appId} days={days} domains={domains.data ?? []} />
      </section>
      <section className="card" aria-labelledby="insights">
        <h2 id="insights">Insights</h2>
        <QueryState query={insights} what="insights">
          {(i) => (
            <>
              <InsightList insights={i.insights} />
              <p className="hint">Anomalies: a day whose robust z-score against the 14–28 days before it exceeds {i.threshold}; opportunities: rules over the period's metrics.</p>
            </>
          )}
        </QueryState>
      </section>
      <section className="card" aria-labelledby="reports">
        <h2 id="reports">Download a report</h2>
        <DownloadReportForm
          days={days}
          types={[
            { value: 'performance', label: 'Performance' },
            { value: 'learning', label: 'Learning' },
            { value: 'business', label: 'Business' },
            { value: 'executive', label: 'Executive (this app)' },
          ]}
          pathOf={(type) => `/admin/v1/apps/${encodeURIComponent(appId)}/analytics/reports/${type}/all`}
        />
      </section>
      <section className="card" aria-labelledby="history">
        <h2 id="history">Learning history</h2>
        <LearningHistory appId={appId} />
      </section>
    </>
  );
}

function PerformerTable({ rows, keyName, label }: { rows: Performer[]; keyName: 'agent_id' | 'domain'; label: string }) {
  if (rows.length === 0) return <p className="state state-empty">No agent reported learning events in this period.</p>;
  return (
    <DataTable
      rows={rows}
      rowKey={(r) => r[keyName] ?? ''}
      columns={[
        { header: label, cell: (r) => r[keyName] },
        { header: 'Events', cell: (r) => formatNumber(r.events) },
        { header: 'Feedback', cell: (r) => formatNumber(r.feedback) },
        { header: 'Accuracy', cell: (r) => formatRate(r.accuracy) },
        { header: 'Mean rating', cell: (r) => formatNumber(r.mean_rating, 1) },
      ]}
    />
  );
}
