import { useParams } from 'react-router';
import { QueryState } from '@/components/ui/states';
import { useApps } from '@/features/apps/api/get-apps';
import { useOrg } from '@/features/orgs/api/get-org';
import { SchedulesPage } from '@/features/schedules/components/schedules-page';

/** Report schedules of an organization (the apps feed the schedule form's app menu). */
export function ReportsRoute() {
  const { orgId = '' } = useParams();
  const org = useOrg(orgId);
  const apps = useApps(orgId);
  return (
    <QueryState query={org} what="organization">
      {(o) => <SchedulesPage orgId={o.id} orgName={o.name} apps={(apps.data ?? []).map((a) => ({ id: a.id, name: a.name }))} />}
    </QueryState>
  );
}
