import { MemoriesPage } from '@/features/memories/components/memories-page';
import { useAppScope } from '../layout';

export function MemoriesRoute() {
  const { appId, writable } = useAppScope();
  return <MemoriesPage appId={appId} writable={writable} />;
}
