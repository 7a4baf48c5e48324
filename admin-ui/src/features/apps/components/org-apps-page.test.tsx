import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { fakeApi, me } from '@/testing/fake-api';
import { signedIn, testQueryClient } from '@/testing/render';
import { OrgAppsPage } from './org-apps-page';

const app = (id: string, name: string, searchIndex: string, detail?: string) => ({
  id,
  org_id: 'org_1',
  name,
  description: null,
  created_at: '2026-11-01T10:00:00Z',
  updated_at: '2026-11-01T10:00:00Z',
  search_index: searchIndex,
  ...(detail ? { search_index_detail: detail } : {}),
});

const renderPage = () => {
  signedIn();
  const router = createMemoryRouter([{ path: '/', element: <OrgAppsPage orgId="org_1" orgName="acme" /> }]);
  return render(
    <QueryClientProvider client={testQueryClient()}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
};

describe('OrgAppsPage', () => {
  it('marks an app whose search indexes are still building, and only that one', async () => {
    fakeApi({
      'GET /admin/v1/me': me('tenant-viewer'),
      'GET /admin/v1/orgs/org_1/apps': [
        app('app_1', 'voice-bot', 'building', 'engram_text=READY, engram_vector=BUILDING'),
        app('app_2', 'support-bot', 'ready'),
      ],
    });
    renderPage();
    const building = (await screen.findByRole('link', { name: 'voice-bot' })).closest('tr')!;
    expect(within(building).getByText('search index building')).toHaveAttribute('title', 'engram_text=READY, engram_vector=BUILDING');
    const ready = screen.getByRole('link', { name: 'support-bot' }).closest('tr')!;
    expect(within(ready).queryByText('search index building')).toBeNull();
  });
});
