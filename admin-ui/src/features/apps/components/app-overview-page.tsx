import { useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { InlineForm } from '@/components/ui/inline-form';
import { PageHeader } from '@/components/ui/page-header';
import { QueryState } from '@/components/ui/states';
import { canWrite, useMe } from '@/lib/auth';
import { formatNumber, formatTime } from '@/lib/format';
import { useDeleteApp } from '../api/delete-app';
import { useApp } from '../api/get-app';
import { useAppStats } from '../api/get-app-stats';
import { useUpdateApp } from '../api/update-app';
import { appFields } from './app-fields';

/** An app: its numbers (with today's searches and latency from `today`), edit and delete. */
export function AppOverviewPage({ appId, today }: { appId: string; today?: ReactNode }) {
  const app = useApp(appId);
  const stats = useAppStats(appId);
  const me = useMe().data;
  const update = useUpdateApp();
  const remove = useDeleteApp();
  const navigate = useNavigate();
  const [editing, setEditing] = useState(false);

  return (
    <QueryState query={app} what="app">
      {(a) => {
        const writable = canWrite(me, a.org_id);
        return (
          <>
            <PageHeader title={a.name}>
              {writable && (
                <>
                  <button type="button" className="btn" onClick={() => setEditing(!editing)}>
                    {editing ? 'Cancel editing' : 'Edit app'}
                  </button>
                  <ConfirmDialog
                    trigger="Delete app"
                    title={`Delete app ${a.name}?`}
                    confirm="Delete app"
                    typeToConfirm={a.name}
                    onConfirm={async () => {
                      await remove.mutateAsync(a.id);
                      navigate(`/orgs/${a.org_id}`);
                    }}
                  >
                    <p>Every memory, API key and task of this app is deleted. This cannot be undone.</p>
                  </ConfirmDialog>
                </>
              )}
            </PageHeader>
            <p className="muted">
              {a.description ?? 'No description.'} · <code>{a.id}</code> · created {formatTime(a.created_at)}
            </p>
            {a.search_index === 'building' && (
              <p className="notice" role="status">
                <span className="badge badge-building">search index building</span> The search service is still
                building this app&apos;s indexes: memories are stored, but searches find nothing until it is done
                {a.search_index_detail ? ` (${a.search_index_detail})` : ''}.
              </p>
            )}
            {editing && (
              <section className="card" aria-labelledby="edit-app">
                <h2 id="edit-app">Edit app</h2>
                <InlineForm
                  fields={appFields(a)}
                  submitLabel="Save app"
                  onSubmit={(v) => update.mutateAsync({ appId: a.id, name: v.name!.trim(), description: v.description!.trim() })}
                  onDone={() => setEditing(false)}
                />
              </section>
            )}
            <section className="card" aria-labelledby="numbers">
              <h2 id="numbers">Numbers</h2>
              <QueryState query={stats} what="numbers">
                {(s) => (
                  <dl className="stats">
                    <Stat label="Active memories" value={s.memories} />
                    <Stat label="Superseded" value={s.superseded} />
                    <Stat label="Deleted" value={s.deleted} />
                    <Stat label="Users" value={s.users} />
                    <Stat label="Tasks" value={s.tasks} />
                    <Stat label="Active API keys" value={s.active_keys} />
                  </dl>
                )}
              </QueryState>
              {today}
            </section>
          </>
        );
      }}
    </QueryState>
  );
}

function Stat({ label, value }: { label: string; value: number }) {
  return (
    <div className="stat">
      <dt>{label}</dt>
      <dd>{formatNumber(value)}</dd>
    </div>
  );
}
