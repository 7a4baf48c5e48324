import { AppOverviewPage } from '@/features/apps/components/app-overview-page';
import { TodayNumbers } from '@/features/analytics/components/today-numbers';
import { useAppScope } from '../layout';

export function AppOverviewRoute() {
  const { appId } = useAppScope();
  return <AppOverviewPage appId={appId} today={<TodayNumbers appId={appId} />} />;
}
