import { useParams } from 'react-router';
import { OrgAnalyticsPage } from '@/features/analytics/components/org-analytics-page';

export function OrgAnalyticsRoute() {
  const { orgId = '' } = useParams();
  return <OrgAnalyticsPage orgId={orgId} />;
}
