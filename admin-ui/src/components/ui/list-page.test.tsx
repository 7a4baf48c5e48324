import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ListPage } from './list-page';

type Row = { id: string; name: string };
const query = (data: Row[] | undefined, state: Partial<{ isPending: boolean; isError: boolean; error: unknown }> = {}) => ({
  isPending: false,
  isError: false,
  error: null,
  data,
  refetch: () => undefined,
  ...state,
});
const columns = [{ header: 'Name', cell: (r: Row) => r.name }];

describe('ListPage', () => {
  it('renders the create card, the rows and an actions column for writers', () => {
    render(
      <ListPage<Row>
        title="Things"
        create={{ title: 'New thing', content: <p>form</p> }}
        listTitle="All things"
        query={query([{ id: '1', name: 'one' }])}
        what="things"
        columns={columns}
        rowKey={(r) => r.id}
        actions={(r) => <button type="button">Delete {r.name}</button>}
      />,
    );
    expect(screen.getByRole('heading', { name: 'New thing' })).toBeInTheDocument();
    const table = screen.getByRole('table');
    expect(within(table).getByRole('columnheader', { name: 'Actions' })).toBeInTheDocument();
    expect(within(table).getByRole('cell', { name: 'one' })).toHaveAttribute('data-label', 'Name');
    expect(within(table).getByRole('button', { name: 'Delete one' })).toBeInTheDocument();
  });

  it('renders no create card and no actions column for readers', () => {
    render(<ListPage<Row> title="Things" create={null} listTitle="All things" query={query([{ id: '1', name: 'one' }])} what="things" columns={columns} rowKey={(r) => r.id} />);
    expect(screen.queryByRole('heading', { name: 'New thing' })).not.toBeInTheDocument();
    expect(screen.queryByRole('columnheader', { name: 'Actions' })).not.toBeInTheDocument();
  });

  it('shows the loading and empty states', () => {
    const { rerender } = render(<ListPage<Row> title="T" listTitle="L" query={query(undefined, { isPending: true })} what="things" columns={columns} rowKey={(r) => r.id} />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading things');
    rerender(<ListPage<Row> title="T" listTitle="L" query={query([])} what="things" empty="Nothing here." columns={columns} rowKey={(r) => r.id} />);
    expect(screen.getByText('Nothing here.')).toBeInTheDocument();
  });
});
