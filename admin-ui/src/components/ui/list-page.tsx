import type { ReactNode } from 'react';
import { PageHeader } from './page-header';
import { QueryState } from './states';

/** A column of a table: its header and how a row fills its cell (also the cell's label at phone width). */
export type Column<T> = { header: string; cell: (row: T) => ReactNode };

/** A table of rows; at phone width each row turns into labelled lines (styles.css). */
export function DataTable<T>({
  rows,
  columns,
  rowKey,
  actions,
  caption,
}: {
  rows: T[];
  columns: Column<T>[];
  rowKey: (row: T) => string;
  /** the write controls of a row; the column is left out when absent (viewers) */
  actions?: (row: T) => ReactNode;
  caption?: string;
}) {
  return (
    <div className="table-wrap">
      <table>
        {caption && <caption className="visually-hidden">{caption}</caption>}
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.header} scope="col">
                {c.header}
              </th>
            ))}
            {actions && <th scope="col">Actions</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((c) => (
                <td key={c.header} data-label={c.header}>
                  {c.cell(row)}
                </td>
              ))}
              {actions && (
                <td data-label="Actions" className="actions">
                  {actions(row)}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

type ListQuery<T> = { isPending: boolean; isError: boolean; error: unknown; data: T[] | undefined; refetch: () => unknown };

/**
 * The shape of the console's list pages (organizations, keys, users): a title, an optional form to
 * create one (only rendered for writers), then the list with its loading, error and empty states.
 */
export function ListPage<T>({
  title,
  headerActions,
  create,
  before,
  listTitle,
  query,
  what,
  empty,
  columns,
  rowKey,
  actions,
}: {
  title: string;
  headerActions?: ReactNode;
  /** the "new …" card; leave it out for read-only users */
  create?: { title: string; content: ReactNode } | null;
  /** shown between the header and the create card (e.g. a key shown once) */
  before?: ReactNode;
  listTitle: string;
  query: ListQuery<T>;
  what: string;
  empty?: ReactNode;
  columns: Column<T>[];
  rowKey: (row: T) => string;
  actions?: (row: T) => ReactNode;
}) {
  const id = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return (
    <>
      <PageHeader title={title}>{headerActions}</PageHeader>
      {before}
      {create && (
        <section className="card" aria-labelledby={id(`new-${create.title}`)}>
          <h2 id={id(`new-${create.title}`)}>{create.title}</h2>
          {create.content}
        </section>
      )}
      <section className="card" aria-labelledby={id(`list-${listTitle}`)}>
        <h2 id={id(`list-${listTitle}`)}>{listTitle}</h2>
        <QueryState query={query} what={what} isEmpty={(d) => d.length === 0} empty={empty}>
          {(list) => <DataTable rows={list} columns={columns} rowKey={rowKey} actions={actions} />}
        </QueryState>
      </section>
    </>
  );
}
