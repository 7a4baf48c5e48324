import { AppAnalyticsPage } from '@/features/analytics/components/app-analytics-page';
import { useAppScope } from '../layout';

export function AnalyticsRoute() {
  const { appId } = useAppScope();
  return <AppAnalyticsPage appId={appId} />;
}
