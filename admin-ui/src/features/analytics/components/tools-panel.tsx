import { useState } from 'react';
import { SelectField } from '@/components/ui/field';
import { DataTable } from '@/components/ui/list-page';
import { QueryState } from '@/components/ui/states';
import { formatNumber, formatTime } from '@/lib/format';
import { useActiveSessions, useComparison } from '../api/tools';
import { formatRate } from './numbers';

const RATES = new Set(['accuracy', 'mean_confidence', 'hit_rate']);
const show = (key: string, v: unknown) =>
  typeof v === 'number' ? (RATES.has(key) ? formatRate(v) : formatNumber(v, Number.isInteger(v) ? undefined : 2)) : v == null ? '–' : typeof v === 'object' ? Object.entries(v).map(([k, n]) => `${k} ${String(n)}`).join(', ') || '–' : String(v);

/** Tools (agents and clients) of the app: open tool sessions, and two or more tools side by side. */
export function ToolsPanel({ appId, tools }: { appId: string; tools: string[] }) {
  const sessions = useActiveSessions(appId);
  const [picked, setPicked] = useState<string[]>(tools.slice(0, 2));
  const [hours, setHours] = useState(24);
  const comparison = useComparison(appId, picked, hours);
  return (
    <>
      <h3>Open tool sessions</h3>
      <QueryState query={sessions} what="tool sessions" isEmpty={(s) => s.length === 0} empty="No tool session is open.">
        {(list) => (
          <DataTable
            rows={list}
            rowKey={(s) => s.session_id}
            columns={[
              { header: 'Tool', cell: (s) => s.tool_id },
              { header: 'User', cell: (s) => s.user_id ?? '–' },
              { header: 'Started', cell: (s) => formatTime(s.started_at) },
              { header: 'Session', cell: (s) => <code>{s.session_id}</code> },
            ]}
          />
        )}
      </QueryState>
      <h3>Compare tools</h3>
      {tools.length < 2 ? (
        <p className="state state-empty">Comparing needs two tools with learning events in this period.</p>
      ) : (
        <>
          <div className="filters-row">
            <fieldset className="field">
              <legend>Tools</legend>
              {tools.map((t) => (
                <label key={t} className="check">
                  <input type="checkbox" checked={picked.includes(t)} onChange={() => setPicked(picked.includes(t) ? picked.filter((p) => p !== t) : [...picked, t].slice(-10))} /> {t}
                </label>
              ))}
            </fieldset>
            <SelectField label="Over the last" name="compare-hours" value={String(hours)} onChange={(e) => setHours(Number(e.target.value))}>
              <option value="24">24 hours</option>
              <option value="168">7 days</option>
            </SelectField>
          </div>
          {picked.length < 2 ? (
            <p className="hint">Pick at least two tools.</p>
          ) : (
            <QueryState query={comparison} what="comparison">
              {(c) => {
                const ids = Object.keys(c.tools);
                const keys = Object.keys(c.tools[ids[0]!] ?? {}).filter((k) => k !== 'tool_id' && k !== 'hours');
                return (
                  <DataTable
                    rows={keys}
                    rowKey={(k) => k}
                    columns={[{ header: 'Measure', cell: (k: string) => k.replaceAll('_', ' ') }, ...ids.map((id) => ({ header: id, cell: (k: string) => show(k, c.tools[id]![k]) }))]}
                  />
                );
              }}
            </QueryState>
          )}
        </>
      )}
    </>
  );
}
