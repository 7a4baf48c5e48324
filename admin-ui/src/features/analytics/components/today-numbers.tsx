import { QueryState } from '@/components/ui/states';
import { formatNumber } from '@/lib/format';
import { useMetrics } from '../api/get-metrics';
import { formatMs, Tile } from './numbers';

/** Today's (UTC) retrieval numbers of an app for its overview page: searches and p95 latency. */
export function TodayNumbers({ appId }: { appId: string }) {
  const today = useMetrics(appId, 1);
  return (
    <>
      <h3>Today (UTC)</h3>
      <QueryState query={today} what="today's searches">
        {(m) => (
          <dl className="stats">
            <Tile label="Searches today" value={formatNumber(m.retrieval.searches)} />
            <Tile label="Search p95 today" value={formatMs(m.retrieval.search_p95_ms)} />
            <Tile label="Facts learned today" value={formatNumber(m.memory.facts_learned)} />
            <Tile label="Active users today" value={formatNumber(m.users.active_users)} />
          </dl>
        )}
      </QueryState>
    </>
  );
}
