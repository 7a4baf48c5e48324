import { useParams } from 'react-router';
import { MemoryDetailPage } from '@/features/memories/components/memory-detail-page';
import { useAppScope } from '../layout';

export function MemoryRoute() {
  const { appId, writable } = useAppScope();
  const { memoryId = '' } = useParams();
  return <MemoryDetailPage key={memoryId} appId={appId} memoryId={memoryId} writable={writable} />;
}
