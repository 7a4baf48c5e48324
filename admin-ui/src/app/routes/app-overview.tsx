import { AppOverviewPage } from '@/features/apps/components/app-overview-page';
import { useAppScope } from '../layout';

export function AppOverviewRoute() {
  const { appId } = useAppScope();
  return <AppOverviewPage appId={appId} />;
}
