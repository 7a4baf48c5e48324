import { Empty } from '@/components/ui/states';
import type { Insight } from '../api/types';

/** Insights, strongest first: anomalies (robust z-score) and opportunities, each saying what, where, how much and since when. */
export function InsightList({ insights, showApp = false }: { insights: Insight[]; showApp?: boolean }) {
  if (insights.length === 0) return <Empty>No anomalies or opportunities in this period.</Empty>;
  return (
    <ul className="insights">
      {insights.map((i, n) => (
        <li key={`${i.app_id ?? ''}-${i.type}-${i.metric}-${i.domain}-${i.since ?? n}`} className={`insight insight-${i.type}`}>
          <span className={`badge badge-${i.type}`}>{i.type}</span>
          {showApp && i.app_name && <strong> {i.app_name}: </strong>} {i.message}
        </li>
      ))}
    </ul>
  );
}
