import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { EvolutionGraph } from './evolution-graph';

describe('EvolutionGraph', () => {
  it('draws each version oldest first with the event that made the next one', () => {
    render(
      <MemoryRouter>
        <EvolutionGraph
          appId="app_1"
          currentId="mem_2"
          selectedId="mem_2"
          versions={[
            { position: 1, id: 'mem_1', status: 'superseded', content: 'User lives in Lisbon', valid_to: '2026-11-02T10:00:00Z' },
            {
              position: 2,
              id: 'mem_2',
              status: 'active',
              content: 'User moved to Porto',
              made_by: { action: 'UPDATE', engine: 'rules', reason: 'a newer fact replaces it', actor: 'key_1', at: '2026-11-02T10:00:00Z' },
            },
          ]}
        />
      </MemoryRouter>,
    );
    const steps = within(screen.getByRole('list', { name: 'Evolution graph' })).getAllByRole('listitem');
    expect(steps).toHaveLength(2);
    expect(steps[0]).toHaveTextContent('User lives in Lisbon');
    expect(steps[0]).toHaveTextContent('superseded');
    expect(steps[1]).toHaveTextContent('UPDATE (rules): a newer fact replaces it');
    expect(within(steps[0]!).getByRole('link', { name: 'mem_1' })).toHaveAttribute('href', '/apps/app_1/memories/mem_1');
  });
});
