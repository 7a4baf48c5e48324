import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { Banner } from '@/components/ui/banner';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { PageHeader } from '@/components/ui/page-header';
import { QueryState } from '@/components/ui/states';
import { formatNumber } from '@/lib/format';
import { useEraseUser } from '../api/erase-user';
import { useExportMemories } from '../api/export-memories';
import { emptyFilters, useMemories, type MemoryFilters } from '../api/get-memories';
import { MemoryFiltersForm } from './memory-filters';
import { MemoryTable } from './memory-table';
import { SearchPanel } from './search-panel';
import { UserPicker } from './user-picker';

/** The memory browser of an app: pick a user, filter, search, erase a user, export. */
export function MemoriesPage({ appId, writable }: { appId: string; writable: boolean }) {
  const [params, setParams] = useSearchParams();
  const userId = params.get('user') ?? '';
  const [filters, setFilters] = useState<MemoryFilters>(emptyFilters);
  const [offset, setOffset] = useState(0);
  const effective = { ...filters, userId };
  const memories = useMemories(appId, effective, offset);
  const erase = useEraseUser();
  const exporter = useExportMemories();
  const [erased, setErased] = useState<string | null>(null);

  return (
    <>
      <PageHeader title="Memories">
        {writable && (
          <button type="button" className="btn" disabled={exporter.isPending} onClick={() => exporter.mutate(appId)}>
            {exporter.isPending ? 'Exporting…' : 'Export NDJSON'}
          </button>
        )}
      </PageHeader>
      {exporter.isError && <Banner kind="error">Export failed: {exporter.error.message}</Banner>}
      {exporter.isSuccess && <Banner kind="success">Exported {formatNumber(exporter.data)} bytes.</Banner>}
      {erased && <Banner kind="success">{erased}</Banner>}
      <section className="card" aria-label="User">
        <UserPicker
          appId={appId}
          value={userId}
          onPick={(u) => {
            setOffset(0);
            setErased(null);
            setParams(u ? { user: u } : {});
          }}
        />
        {writable && userId && (
          <ConfirmDialog
            trigger={`Erase user ${userId}`}
            title={`Erase every memory of ${userId}?`}
            confirm="Erase user"
            typeToConfirm={userId}
            onConfirm={async () => {
              const r = await erase.mutateAsync({ appId, userId });
              setErased(`Erased ${formatNumber(r.deleted)} memories of ${r.user_id}.`);
            }}
          >
            <p>Every memory, event and relation of this user is removed from the store and the index. This cannot be undone.</p>
          </ConfirmDialog>
        )}
      </section>
      <SearchPanel appId={appId} userId={userId} statuses={filters.statuses} />
      <div className="browser">
        <section className="card" aria-labelledby="filters-title">
          <h2 id="filters-title">Filters</h2>
          <MemoryFiltersForm
            value={filters}
            onApply={(f) => {
              setOffset(0);
              setFilters(f);
            }}
          />
        </section>
        <section className="card" aria-labelledby="list-title">
          <h2 id="list-title">{userId ? `Memories of ${userId}` : 'Memories of all users'}</h2>
          <QueryState query={memories} what="memories" isEmpty={(d) => d.memories.length === 0} empty="No memories match these filters.">
            {(page) => (
              <>
                <p className="hint">
                  {formatNumber(page.offset + 1)}–{formatNumber(page.offset + page.memories.length)} of {formatNumber(page.total)}
                </p>
                <MemoryTable appId={appId} memories={page.memories} />
                <div className="pager">
                  <button type="button" className="btn" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - page.limit))}>
                    Previous page
                  </button>
                  <button type="button" className="btn" disabled={!page.next_cursor} onClick={() => setOffset(offset + page.limit)}>
                    Next page
                  </button>
                </div>
              </>
            )}
          </QueryState>
        </section>
      </div>
    </>
  );
}
