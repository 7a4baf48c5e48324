import { useState } from 'react';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { ListPage } from '@/components/ui/list-page';
import { canWrite, useMe } from '@/lib/auth';
import { formatTime } from '@/lib/format';
import { useDeleteSchedule } from '../api/delete-schedule';
import { useSchedules } from '../api/get-schedules';
import { useRunNow } from '../api/runs';
import type { Schedule } from '../api/types';
import { describeCron } from './cron';
import { RunsPanel } from './runs-panel';
import { ScheduleForm } from './schedule-form';

/** Report schedules of an organization: create, edit, run now, delete (admins); runs and their files (everyone). */
export function SchedulesPage({ orgId, orgName, apps }: { orgId: string; orgName: string; apps: { id: string; name: string }[] }) {
  const schedules = useSchedules(orgId);
  const me = useMe().data;
  const writable = canWrite(me, orgId);
  const remove = useDeleteSchedule();
  const runNow = useRunNow();
  const [editing, setEditing] = useState<string | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const selected = schedules.data?.find((s) => s.id === (editing ?? open));
  const appName = (id: string | null | undefined) => (id ? (apps.find((a) => a.id === id)?.name ?? id) : 'every app');

  return (
    <>
      <ListPage<Schedule>
        title={`Report schedules of ${orgName}`}
        create={writable ? { title: 'New schedule', content: <ScheduleForm orgId={orgId} apps={apps} /> } : null}
        listTitle="Schedules"
        query={schedules}
        what="report schedules"
        empty="No report schedules yet."
        rowKey={(s) => s.id}
        columns={[
          { header: 'Name', cell: (s) => s.name },
          { header: 'When', cell: (s) => `${describeCron(s.cron) ?? s.cron} (${s.time_zone})` },
          { header: 'Reports', cell: (s) => `${s.types.join(', ')} as ${s.formats.join(', ')}` },
          { header: 'Period', cell: (s) => (s.period === 'days' ? `${s.days} days` : s.period) },
          { header: 'Apps', cell: (s) => appName(s.app_id) },
          { header: 'Destinations', cell: (s) => s.destinations.map((d) => d.type).join(', ') },
          { header: 'Next run', cell: (s) => (s.enabled ? formatTime(s.next_run_at) : 'disabled') },
          {
            header: 'Runs',
            cell: (s) => (
              <button type="button" className="btn btn-small" aria-expanded={open === s.id} onClick={() => setOpen(open === s.id ? null : s.id)} aria-label={`${open === s.id ? 'Hide runs' : 'Runs'} of ${s.name}`}>
                {open === s.id ? 'Hide runs' : 'Runs'}
              </button>
            ),
          },
        ]}
        actions={
          writable
            ? (s) => (
                <>
                  <button type="button" className="btn" onClick={() => runNow.mutate({ orgId, scheduleId: s.id }, { onSuccess: () => setOpen(s.id) })} aria-label={`Run now: ${s.name}`}>
                    Run now
                  </button>
                  <button type="button" className="btn" onClick={() => setEditing(editing === s.id ? null : s.id)} aria-label={`${editing === s.id ? 'Cancel' : 'Edit'} ${s.name}`}>
                    {editing === s.id ? 'Cancel' : 'Edit'}
                  </button>
                  <ConfirmDialog trigger="Delete" triggerLabel={`Delete ${s.name}`} title={`Delete schedule ${s.name}?`} confirm="Delete schedule" onConfirm={() => remove.mutateAsync({ orgId, scheduleId: s.id })}>
                    <p>No more reports are sent by it. This cannot be undone.</p>
                  </ConfirmDialog>
                </>
              )
            : undefined
        }
      />
      {editing && selected && (
        <section className="card" aria-labelledby="edit-schedule">
          <h2 id="edit-schedule">Edit {selected.name}</h2>
          <ScheduleForm key={selected.id} orgId={orgId} apps={apps} schedule={selected} onDone={() => setEditing(null)} />
        </section>
      )}
      {open && !editing && selected && (
        <section className="card" aria-labelledby="runs">
          <h2 id="runs">Runs of {selected.name}</h2>
          <RunsPanel orgId={orgId} scheduleId={selected.id} />
        </section>
      )}
    </>
  );
}
