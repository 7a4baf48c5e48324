import { useState } from 'react';
import { DataTable } from '@/components/ui/list-page';
import { QueryState } from '@/components/ui/states';
import { formatNumber, formatTime } from '@/lib/format';
import { downloadRunFile, useRuns } from '../api/runs';
import type { Run } from '../api/types';

const size = (bytes: number | null | undefined) => (bytes == null ? '–' : bytes < 1024 ? `${bytes} B` : `${formatNumber(bytes / 1024, 1)} KB`);

/** The runs of a schedule, newest first: status, period, attempts, duration, deliveries and files. */
export function RunsPanel({ orgId, scheduleId }: { orgId: string; scheduleId: string }) {
  const runs = useRuns(orgId, scheduleId);
  const [failed, setFailed] = useState<string | null>(null);
  return (
    <QueryState query={runs} what="runs" isEmpty={(r) => r.length === 0} empty="No runs yet: the first comes at the next tick, or use Run now.">
      {(list) => (
        <>
          {failed && <p className="field-error" role="alert">{failed}</p>}
          <DataTable<Run>
            rows={list}
            rowKey={(r) => r.id}
            columns={[
              { header: 'Created', cell: (r) => formatTime(r.created_at) },
              { header: 'Trigger', cell: (r) => r.trigger },
              { header: 'Period', cell: (r) => `${r.period_from} – ${r.period_to} (excl.)` },
              { header: 'Status', cell: (r) => <span className={`badge badge-${r.status}`}>{r.status}</span> },
              { header: 'Attempts', cell: (r) => formatNumber(r.attempts) },
              { header: 'Duration', cell: (r) => (r.duration_ms == null ? '–' : `${formatNumber(r.duration_ms)} ms`) },
              { header: 'Size', cell: (r) => size(r.size_bytes) },
              {
                header: 'Deliveries',
                cell: (r) =>
                  r.deliveries.length === 0 ? (
                    (r.error ?? '–')
                  ) : (
                    <ul className="plain">
                      {r.deliveries.map((d) => (
                        <li key={d.index}>
                          {d.type} <code>{d.target}</code>: <span className={`badge badge-${d.status}`}>{d.status}</span>
                          {d.detail ? ` ${d.detail}` : ''}
                        </li>
                      ))}
                    </ul>
                  ),
              },
              {
                header: 'Files',
                cell: (r) =>
                  r.files.length === 0
                    ? '–'
                    : r.files.map((f) => (
                        <button
                          key={f.file_name}
                          type="button"
                          className="btn btn-small"
                          onClick={() => downloadRunFile(f.href, f.file_name).catch((e: unknown) => setFailed(e instanceof Error ? e.message : String(e)))}
                        >
                          Download {f.file_name}
                        </button>
                      )),
              },
            ]}
          />
        </>
      )}
    </QueryState>
  );
}
