import { useId, useState, type FormEvent } from 'react';
import { QueryState } from '@/components/ui/states';
import { formatNumber } from '@/lib/format';
import { useSearch, type Search } from '../api/search-memories';
import { MemoryTable } from './memory-table';

/** Hybrid search in the app (or one user), each hit with its score breakdown. */
export function SearchPanel({ appId, userId, statuses }: { appId: string; userId: string; statuses: string[] }) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [submitted, setSubmitted] = useState<Search | null>(null);
  const search = useSearch(appId, submitted);
  const id = useId();

  function submit(e: FormEvent) {
    e.preventDefault();
    if (!text.trim()) {
      setError('Type what to search for.');
      return;
    }
    setError(null);
    setSubmitted({ query: text.trim(), userId, statuses });
  }

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Search</h2>
      <form role="search" className="search-row" onSubmit={submit} noValidate aria-label="Memory search">
        <div className="field">
          <label htmlFor={`${id}-q`}>Search memories</label>
          <input
            id={`${id}-q`}
            type="search"
            value={text}
            onChange={(e) => setText(e.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-err` : undefined}
          />
          {error && (
            <small id={`${id}-err`} className="field-error" role="alert">
              {error}
            </small>
          )}
        </div>
        <button type="submit" className="btn btn-primary">
          Search
        </button>
      </form>
      {submitted && (
        <QueryState query={search} what="search results" isEmpty={(d) => d.results.length === 0} empty="No memory matches this search.">
          {(r) => (
            <>
              <p className="hint">
                {formatNumber(r.results.length)} hits from {formatNumber(r.candidates)} candidates in {formatNumber(r.search_time_ms, 1)} ms
              </p>
              <MemoryTable
                appId={appId}
                memories={r.results.map((h) => h.memory)}
                score={(m) => {
                  const hit = r.results.find((h) => h.memory.id === m.id)!;
                  const c = hit.components;
                  return (
                    <details className="score">
                      <summary>{formatNumber(hit.composite_score, 3)}</summary>
                      <dl>
                        <dt>relevance</dt>
                        <dd>{formatNumber(hit.relevance, 3)}</dd>
                        <dt>similarity</dt>
                        <dd>{formatNumber(c.similarity, 3)}</dd>
                        <dt>keyword</dt>
                        <dd>{formatNumber(c.keyword, 3)}</dd>
                        <dt>recency boost</dt>
                        <dd>{formatNumber(c.recency_boost, 3)}</dd>
                        <dt>importance boost</dt>
                        <dd>{formatNumber(c.importance_boost, 3)}</dd>
                        <dt>reinforcement boost</dt>
                        <dd>{formatNumber(c.reinforcement_boost, 3)}</dd>
                        <dt>access boost</dt>
                        <dd>{formatNumber(c.access_boost, 3)}</dd>
                        <dt>feedback boost</dt>
                        <dd>{formatNumber(c.feedback_boost, 3)}</dd>
                        <dt>retention</dt>
                        <dd>{formatNumber(c.retention, 3)}</dd>
                      </dl>
                    </details>
                  );
                }}
              />
            </>
          )}
        </QueryState>
      )}
    </section>
  );
}
