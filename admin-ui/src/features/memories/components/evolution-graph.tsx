import { Link } from 'react-router';
import { formatTime } from '@/lib/format';

type Version = {
  position: number;
  id: string;
  status: string;
  content: string;
  valid_from?: string | null;
  valid_to?: string | null;
  made_by?: { action: string; reason?: string | null; engine?: string | null; actor: string; at: string } | null;
};

/**
 * The evolution chain (GET …/chain) drawn as a graph: one node per version, oldest first, each
 * edge labelled with the event that made the next version. Plain HTML, so it reads as a list.
 */
export function EvolutionGraph({ appId, versions, currentId, selectedId }: { appId: string; versions: Version[]; currentId: string; selectedId: string }) {
  return (
    <ol className="evolution-graph" aria-label="Evolution graph">
      {versions.map((v, i) => (
        <li key={v.id} className="evo-step">
          {i > 0 && (
            <div className="evo-edge" aria-label="then">
              <span aria-hidden="true">↓</span> {v.made_by ? `${v.made_by.action}${v.made_by.engine ? ` (${v.made_by.engine})` : ''}${v.made_by.reason ? `: ${v.made_by.reason}` : ''}` : 'changed'}
            </div>
          )}
          <div className={`evo-node evo-${v.status}${v.id === selectedId ? ' evo-selected' : ''}`}>
            <div className="evo-head">
              <strong>v{v.position}</strong> <span className={`badge badge-${v.status}`}>{v.status}</span>
              {v.id === currentId && <span className="badge">current</span>}
            </div>
            <p>{v.content}</p>
            <small>
              valid {v.valid_from ? formatTime(v.valid_from) : '…'} → {v.valid_to ? formatTime(v.valid_to) : 'now'} ·{' '}
              {v.id === selectedId ? <code>{v.id}</code> : <Link to={`/apps/${appId}/memories/${v.id}`}>{v.id}</Link>}
            </small>
          </div>
        </li>
      ))}
    </ol>
  );
}
