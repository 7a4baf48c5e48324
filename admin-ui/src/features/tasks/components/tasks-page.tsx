import { PageHeader } from '@/components/ui/page-header';
import { QueryState } from '@/components/ui/states';
import { formatNumber, formatTime } from '@/lib/format';
import { useTasks } from '../api/get-tasks';

/** Recent ingestion and summary tasks of an app (refreshed every 10 s). */
export function TasksPage({ appId }: { appId: string }) {
  const tasks = useTasks(appId);
  return (
    <>
      <PageHeader title="Tasks" />
      <section className="card" aria-label="Recent tasks">
        <QueryState query={tasks} what="tasks" isEmpty={(d) => d.length === 0} empty="No tasks yet: conversations sent for ingestion and summaries with callbacks show up here.">
          {(list) => (
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">Task</th>
                    <th scope="col">Kind</th>
                    <th scope="col">Status</th>
                    <th scope="col">Added / updated / reinforced / deleted / skipped</th>
                    <th scope="col">Attempts</th>
                    <th scope="col">Created</th>
                    <th scope="col">Finished</th>
                    <th scope="col">Errors</th>
                  </tr>
                </thead>
                <tbody>
                  {list.map((t) => (
                    <tr key={t.id}>
                      <td data-label="Task">
                        <code>{t.id}</code>
                      </td>
                      <td data-label="Kind">{t.kind}</td>
                      <td data-label="Status">
                        <span className={`badge badge-${t.status}`}>{t.status}</span>
                      </td>
                      <td data-label="Counts">
                        {[t.counts.added, t.counts.updated, t.counts.reinforced, t.counts.deleted, t.counts.skipped].map((n) => formatNumber(n)).join(' / ')}
                      </td>
                      <td data-label="Attempts">{formatNumber(t.attempts)}</td>
                      <td data-label="Created">{formatTime(t.created_at)}</td>
                      <td data-label="Finished">{formatTime(t.finished_at)}</td>
                      <td data-label="Errors">{t.errors.length ? t.errors.join('; ') : '–'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </QueryState>
      </section>
    </>
  );
}
