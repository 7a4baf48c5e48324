import { Link, useNavigate } from 'react-router';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { PageHeader } from '@/components/ui/page-header';
import { QueryState } from '@/components/ui/states';
import { formatNumber, formatTime } from '@/lib/format';
import { useDeleteMemory } from '../api/delete-memory';
import { useMemory } from '../api/get-memory';
import { useMemoryChain } from '../api/get-memory-chain';
import { useMemoryEvents } from '../api/get-memory-events';
import { useMemoryRelated } from '../api/get-memory-related';
import { EvolutionGraph } from './evolution-graph';

/** One memory: fields, provenance, event history, relations and its evolution graph. */
export function MemoryDetailPage({ appId, memoryId, writable }: { appId: string; memoryId: string; writable: boolean }) {
  const memory = useMemory(appId, memoryId);
  const events = useMemoryEvents(appId, memoryId);
  const related = useMemoryRelated(appId, memoryId);
  const chain = useMemoryChain(appId, memoryId);
  const remove = useDeleteMemory();
  const navigate = useNavigate();

  return (
    <QueryState query={memory} what="memory">
      {(m) => (
        <>
          <PageHeader title="Memory">
            <Link className="btn" to={`/apps/${appId}/memories?user=${encodeURIComponent(m.user_id)}`}>
              All memories of {m.user_id}
            </Link>
            {writable && m.status !== 'deleted' && (
              <ConfirmDialog
                trigger="Delete memory"
                title="Delete this memory?"
                confirm="Delete memory"
                onConfirm={async () => {
                  await remove.mutateAsync({ appId, id: m.id });
                  navigate(`/apps/${appId}/memories/${m.id}`, { replace: true });
                }}
              >
                <p>It is marked deleted and no longer found by searches; its history stays.</p>
              </ConfirmDialog>
            )}
          </PageHeader>
          <section className="card" aria-labelledby="memory-content">
            <h2 id="memory-content" className="memory-content">
              {m.content}
            </h2>
            <dl className="props">
              <dt>Id</dt>
              <dd>
                <code>{m.id}</code>
              </dd>
              <dt>User</dt>
              <dd>{m.user_id}</dd>
              <dt>Status</dt>
              <dd>
                <span className={`badge badge-${m.status}`}>{m.status}</span>
              </dd>
              <dt>Type</dt>
              <dd>{m.type}</dd>
              <dt>Category</dt>
              <dd>{m.category ?? '–'}</dd>
              <dt>Tags</dt>
              <dd>{m.tags.join(', ') || '–'}</dd>
              <dt>Importance</dt>
              <dd>{formatNumber(m.importance)}</dd>
              <dt>Reinforced</dt>
              <dd>
                {formatNumber(m.reinforcement_count)} times{m.last_reinforced_at ? `, last ${formatTime(m.last_reinforced_at)}` : ''}
              </dd>
              <dt>Read</dt>
              <dd>{formatNumber(m.access_count)} times</dd>
              <dt>Valid</dt>
              <dd>
                {m.valid_from ? formatTime(m.valid_from) : '…'} → {m.valid_to ? formatTime(m.valid_to) : 'now'}
              </dd>
              <dt>Expires</dt>
              <dd>{m.expires_at ? formatTime(m.expires_at) : 'never'}</dd>
              <dt>Created / updated</dt>
              <dd>
                {formatTime(m.created_at)} / {formatTime(m.updated_at)}
              </dd>
              <dt>Session / agent</dt>
              <dd>
                {m.session_id ?? '–'} / {m.agent_id ?? '–'}
              </dd>
            </dl>
          </section>
          <section className="card" aria-labelledby="provenance">
            <h2 id="provenance">Provenance</h2>
            {m.sources.length === 0 ? (
              <p className="state state-empty">Stored directly, not from a conversation.</p>
            ) : (
              <ul>
                {m.sources.map((s, i) => (
                  <li key={i}>
                    conversation <code>{s.conversation_id ?? '–'}</code>, messages {s.message_ids.join(', ') || '–'}
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section className="card" aria-labelledby="evolution">
            <h2 id="evolution">Evolution graph</h2>
            <QueryState query={chain} what="evolution chain">
              {(c) => <EvolutionGraph appId={appId} versions={c.versions} currentId={c.current_id} selectedId={m.id} />}
            </QueryState>
          </section>
          <section className="card" aria-labelledby="history">
            <h2 id="history">Event history</h2>
            <QueryState query={events} what="events" isEmpty={(d) => d.length === 0}>
              {(list) => (
                <div className="table-wrap">
                  <table>
                    <thead>
                      <tr>
                        <th scope="col">When</th>
                        <th scope="col">Event</th>
                        <th scope="col">Actor</th>
                        <th scope="col">Reason</th>
                      </tr>
                    </thead>
                    <tbody>
                      {list.map((e) => (
                        <tr key={e.id}>
                          <td data-label="When">{formatTime(e.at)}</td>
                          <td data-label="Event">{e.type}</td>
                          <td data-label="Actor">{e.actor}</td>
                          <td data-label="Reason">{e.reason ?? '–'}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              )}
            </QueryState>
          </section>
          <section className="card" aria-labelledby="relations">
            <h2 id="relations">Relations</h2>
            <QueryState query={related} what="relations" isEmpty={(d) => d.length === 0} empty="No relations.">
              {(list) => (
                <ul>
                  {list.map((r) => (
                    <li key={`${r.relation.from_id}-${r.relation.to_id}-${r.relation.type}`}>
                      {r.direction === 'outgoing' ? '→' : '←'} {r.relation.type}:{' '}
                      <Link to={`/apps/${appId}/memories/${r.memory.id}`}>{r.memory.content}</Link>
                    </li>
                  ))}
                </ul>
              )}
            </QueryState>
          </section>
        </>
      )}
    </QueryState>
  );
}
