import { useState, type FormEvent } from 'react';
import { SelectField, TextField } from '@/components/ui/field';
import { DataTable } from '@/components/ui/list-page';
import { QueryState } from '@/components/ui/states';
import { ApiError, fieldError } from '@/lib/api-error';
import { formatTime } from '@/lib/format';
import { HISTORY_PAGE, useHistory } from '../api/get-history';
import type { HistoryEvent, HistoryFilter } from '../api/types';
import { PERIODS } from './numbers';

const list = (s: string) =>
  s
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);

const NAME = /^[A-Za-z0-9._:@-]{1,100}$/;

/**
 * The raw learning history, newest first: what agents reported (learning events) or what the memory
 * system learned (memory events), filtered by type, domain, agent, user and period, paged.
 */
export function LearningHistory({ appId }: { appId: string }) {
  const [filter, setFilter] = useState<HistoryFilter>({ source: 'learning', days: 30, event_types: [], domains: [], agents: [], users: [], offset: 0 });
  const [draft, setDraft] = useState({ source: 'learning', days: '30', types: '', domains: '', agents: '', users: '' });
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const history = useHistory(appId, filter);

  function apply(e: FormEvent) {
    e.preventDefault();
    const bad = (s: string) => (list(s).every((v) => NAME.test(v)) ? undefined : 'Use names separated by commas (letters, digits, . _ : @ -).');
    const found = {
      types: bad(draft.types),
      domains: draft.source === 'memory' && draft.domains ? 'Memory events have no domain: clear this field.' : bad(draft.domains),
      agents: bad(draft.agents),
      users: bad(draft.users),
    };
    setErrors(found);
    if (Object.values(found).some(Boolean)) return;
    setFilter({
      source: draft.source as 'learning' | 'memory',
      days: Number(draft.days),
      event_types: list(draft.types),
      domains: list(draft.domains),
      agents: list(draft.agents),
      users: list(draft.users),
      offset: 0,
    });
  }

  const memory = filter.source === 'memory';
  // a refused filter is said next to its field; the table then waits for a corrected one
  const refused = history.error instanceof ApiError && FILTER_FIELDS.includes(history.error.field ?? '');
  const columns = [
    { header: 'Time', cell: (e: HistoryEvent) => formatTime(e.occurred_at ?? e.at) },
    { header: memory ? 'Change' : 'Type', cell: (e: HistoryEvent) => <span className="badge">{e.event_type ?? e.change}</span> },
    { header: memory ? 'Category' : 'Domain', cell: (e: HistoryEvent) => (memory ? e.category : e.domain) ?? '–' },
    { header: 'Agent', cell: (e: HistoryEvent) => e.agent_id ?? '–' },
    { header: 'User', cell: (e: HistoryEvent) => e.user_id ?? '–' },
    memory
      ? { header: 'Engine', cell: (e: HistoryEvent) => e.engine ?? '–' }
      : { header: 'Memory', cell: (e: HistoryEvent) => (e.memory_id ? <code>{e.memory_id}</code> : '–') },
  ];
  return (
    <>
      <form className="filters filters-row" onSubmit={apply} noValidate aria-label="Filter the learning history">
        <SelectField label="Source" name="source" value={draft.source} onChange={(e) => setDraft({ ...draft, source: e.target.value })}>
          <option value="learning">learning events</option>
          <option value="memory">memory events</option>
        </SelectField>
        <SelectField label="Period" name="history-days" value={draft.days} onChange={(e) => setDraft({ ...draft, days: e.target.value })}>
          {PERIODS.map((d) => (
            <option key={d} value={d}>
              last {d} days
            </option>
          ))}
        </SelectField>
        <TextField label="Types" name="types" value={draft.types} placeholder={draft.source === 'memory' ? 'ADD, UPDATE' : 'feedback, correction'} onChange={(e) => setDraft({ ...draft, types: e.target.value })} error={errors.types ?? fieldError(history.error, 'event_types')} />
        <TextField label="Domains" name="domains" value={draft.domains} onChange={(e) => setDraft({ ...draft, domains: e.target.value })} error={errors.domains ?? fieldError(history.error, 'domains')} />
        <TextField label="Agents" name="agents" value={draft.agents} onChange={(e) => setDraft({ ...draft, agents: e.target.value })} error={errors.agents ?? fieldError(history.error, 'agents')} />
        <TextField label="Users" name="users" value={draft.users} onChange={(e) => setDraft({ ...draft, users: e.target.value })} error={errors.users ?? fieldError(history.error, 'users')} />
        <button className="btn btn-primary" type="submit">
          Apply filters
        </button>
      </form>
      {refused ? null : (
      <QueryState query={history} what="history" isEmpty={(p) => p.events.length === 0 && filter.offset === 0} empty="No events match these filters.">
        {(page) => (
          <>
            <DataTable rows={page.events} columns={columns} rowKey={(e) => e.id ?? e.event_id ?? `${e.occurred_at}-${e.user_id}`} />
            <div className="pager">
              <button type="button" className="btn" disabled={filter.offset === 0} onClick={() => setFilter({ ...filter, offset: Math.max(0, filter.offset - HISTORY_PAGE) })}>
                Newer
              </button>
              <span className="muted">
                {page.events.length ? `${filter.offset + 1}–${filter.offset + page.events.length}` : 'none'}
              </span>
              <button type="button" className="btn" disabled={page.next_offset == null} onClick={() => setFilter({ ...filter, offset: page.next_offset ?? filter.offset })}>
                Older
              </button>
            </div>
          </>
        )}
      </QueryState>
      )}
    </>
  );
}

const FILTER_FIELDS = ['event_types', 'domains', 'agents', 'users'];
