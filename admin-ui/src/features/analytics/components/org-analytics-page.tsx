import { useState } from 'react';
import { Link } from 'react-router';
import { SelectField } from '@/components/ui/field';
import { DataTable } from '@/components/ui/list-page';
import { LineChart } from '@/components/ui/line-chart';
import { PageHeader } from '@/components/ui/page-header';
import { QueryState } from '@/components/ui/states';
import { formatNumber } from '@/lib/format';
import { useOrgAnalytics } from '../api/get-org-analytics';
import type { OrgAnalytics } from '../api/types';
import { DownloadReportForm } from './download-report-form';
import { InsightList } from './insight-list';
import { formatChange, formatMs, formatRate, PERIODS, Tile } from './numbers';

type AppRow = OrgAnalytics['apps'][number];

/** The executive view of an organization: totals across its apps, change, daily series, per app, insights. */
export function OrgAnalyticsPage({ orgId }: { orgId: string }) {
  const [days, setDays] = useState(30);
  const view = useOrgAnalytics(orgId, days);
  return (
    <QueryState query={view} what="organization">
      {(o) => (
        <>
          <nav aria-label="Breadcrumb" className="crumbs">
            <Link to={`/orgs/${o.org_id}`}>{o.name}</Link> / Analytics
          </nav>
          <PageHeader title={`Analytics of ${o.name}`}>
            <SelectField label="Period" name="period" value={String(days)} onChange={(e) => setDays(Number(e.target.value))}>
              {PERIODS.map((d) => (
                <option key={d} value={d}>
                  last {d} days
                </option>
              ))}
            </SelectField>
          </PageHeader>
          <section className="card" aria-labelledby="totals">
            <h2 id="totals">
              {o.apps.length === 1 ? 'Its 1 app' : `All ${o.apps.length} apps`}, {o.from} to {o.to} (exclusive)
            </h2>
            <dl className="stats">
              <Tile label="Learning events" value={formatNumber(o.totals.events)} note={`${formatChange(o.change.events)} vs previous`} />
              <Tile label="Accuracy" value={formatRate(o.totals.accuracy)} />
              <Tile label="Facts learned" value={formatNumber(o.totals.facts_learned)} note={`${formatChange(o.change.facts_learned)} vs previous`} />
              <Tile label="Facts corrected" value={formatNumber(o.totals.facts_corrected)} note={`${formatChange(o.change.facts_corrected)} vs previous`} />
              <Tile label="Searches" value={formatNumber(o.totals.searches)} note={`${formatChange(o.change.searches)} vs previous`} />
              <Tile label="Hit rate" value={formatRate(o.totals.hit_rate)} />
              <Tile label="Search p95" value={formatMs(o.totals.search_p95_ms)} />
              <Tile label="Active users" value={formatNumber(o.totals.active_users)} />
              <Tile label="Memories" value={formatNumber(o.totals.memories)} />
            </dl>
          </section>
          <section className="card" aria-labelledby="org-per-day">
            <h2 id="org-per-day">Per day across apps</h2>
            <div className="chart-grid-2">
              <LineChart
                title="Memory: facts learned and corrected"
                labels={o.daily.map((d) => d.day)}
                series={[
                  { name: 'Facts learned', values: o.daily.map((d) => d.facts_learned) },
                  { name: 'Facts corrected', values: o.daily.map((d) => d.facts_corrected), dashed: true },
                ]}
              />
              <LineChart
                title="Learning events and searches"
                labels={o.daily.map((d) => d.day)}
                series={[
                  { name: 'Learning events', values: o.daily.map((d) => d.events) },
                  { name: 'Searches', values: o.daily.map((d) => d.searches), dashed: true },
                ]}
              />
            </div>
          </section>
          <section className="card" aria-labelledby="per-app">
            <h2 id="per-app">Per app</h2>
            {o.apps.length === 0 ? (
              <p className="state state-empty">This organization has no apps yet.</p>
            ) : (
              <DataTable<AppRow>
                rows={o.apps}
                rowKey={(a) => a.app_id}
                columns={[
                  { header: 'App', cell: (a) => <Link to={`/apps/${a.app_id}/analytics`}>{a.name}</Link> },
                  { header: 'Learning events', cell: (a) => formatNumber(a.events) },
                  { header: 'Accuracy', cell: (a) => formatRate(a.accuracy) },
                  { header: 'Facts learned', cell: (a) => formatNumber(a.facts_learned) },
                  { header: 'Corrected', cell: (a) => formatNumber(a.facts_corrected) },
                  { header: 'Searches', cell: (a) => formatNumber(a.searches) },
                  { header: 'Search p95', cell: (a) => formatMs(a.search_p95_ms) },
                  { header: 'Active users', cell: (a) => formatNumber(a.active_users) },
                  { header: 'Memories', cell: (a) => formatNumber(a.memories) },
                ]}
              />
            )}
          </section>
          <section className="card" aria-labelledby="org-report">
            <h2 id="org-report">Executive report</h2>
            <DownloadReportForm
              days={days}
              types={[{ value: 'executive', label: 'Executive' }]}
              pathOf={() => `/admin/v1/orgs/${encodeURIComponent(o.org_id)}/analytics/reports/executive`}
            />
          </section>
          <section className="card" aria-labelledby="org-insights">
            <h2 id="org-insights">Strongest insights</h2>
            <InsightList insights={o.insights} showApp />
          </section>
        </>
      )}
    </QueryState>
  );
}
