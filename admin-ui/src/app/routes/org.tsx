import { useParams } from 'react-router';
import { QueryState } from '@/components/ui/states';
import { OrgAppsPage } from '@/features/apps/components/org-apps-page';
import { useOrg } from '@/features/orgs/api/get-org';

export function OrgRoute() {
  const { orgId = '' } = useParams();
  const org = useOrg(orgId);
  return <QueryState query={org} what="organization">{(o) => <OrgAppsPage orgId={o.id} orgName={o.name} />}</QueryState>;
}
