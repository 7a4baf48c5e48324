import { Link } from 'react-router';
import { formatNumber, formatTime } from '@/lib/format';

export type MemoryRow = {
  id: string;
  user_id: string;
  type: string;
  content: string;
  category?: string | null;
  tags: string[];
  importance: number;
  status: string;
  created_at: string;
};

export function MemoryTable({ appId, memories, score }: { appId: string; memories: MemoryRow[]; score?: (m: MemoryRow) => React.ReactNode }) {
  return (
    <div className="table-wrap">
      <table>
        <thead>
          <tr>
            <th scope="col">Content</th>
            <th scope="col">User</th>
            <th scope="col">Type</th>
            <th scope="col">Category / tags</th>
            <th scope="col">Importance</th>
            <th scope="col">Status</th>
            <th scope="col">Created</th>
            {score && <th scope="col">Score</th>}
          </tr>
        </thead>
        <tbody>
          {memories.map((m) => (
            <tr key={m.id}>
              <td data-label="Content">
                <Link to={`/apps/${appId}/memories/${m.id}`}>{m.content}</Link>
              </td>
              <td data-label="User">{m.user_id}</td>
              <td data-label="Type">{m.type}</td>
              <td data-label="Category / tags">{[m.category, ...m.tags].filter(Boolean).join(', ') || '–'}</td>
              <td data-label="Importance">{formatNumber(m.importance)}</td>
              <td data-label="Status">
                <span className={`badge badge-${m.status}`}>{m.status}</span>
              </td>
              <td data-label="Created">{formatTime(m.created_at)}</td>
              {score && <td data-label="Score">{score(m)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
