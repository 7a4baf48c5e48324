import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { apiError, fakeApi } from '@/testing/fake-api';
import { signedIn, testQueryClient } from '@/testing/render';
import { OrgAnalyticsPage } from './org-analytics-page';

const numbers = { events: 10, feedback: 10, accuracy: 0.5, facts_learned: 3, facts_corrected: 1, searches: 1, hit_rate: 1, search_p95_ms: 12, active_users: 3, users: 3, memories: 3 };
const view = {
  org_id: 'org_1',
  name: 'acme',
  from: '2026-11-26',
  to: '2026-12-03',
  days: 7,
  totals: numbers,
  change: { events: 0.25, facts_learned: null, facts_corrected: null, searches: -0.5, feedback: null },
  apps: [
    { app_id: 'app_1', name: 'bot', ...numbers, events: 6 },
    { app_id: 'app_2', name: 'shop', ...numbers, events: 4 },
  ],
  daily: [
    { day: '2026-12-01', events: 0, facts_learned: 0, facts_corrected: 0, searches: 0 },
    { day: '2026-12-02', events: 10, facts_learned: 3, facts_corrected: 1, searches: 1 },
  ],
  insights: [{ type: 'opportunity', metric: 'accuracy', domain: 'billing', score: 3, message: 'accuracy in billing is 50 %', app_id: 'app_1', app_name: 'bot' }],
};

const renderPage = () => {
  signedIn();
  return render(
    <QueryClientProvider client={testQueryClient()}>
      <MemoryRouter>
        <OrgAnalyticsPage orgId="org_1" />
      </MemoryRouter>
    </QueryClientProvider>,
  );
};

describe('OrgAnalyticsPage', () => {
  it('shows the totals with their change, the daily charts, one row per app and the insights', async () => {
    fakeApi({ 'GET /admin/v1/orgs/org_1/analytics': view });
    renderPage();
    expect(await screen.findByRole('heading', { name: 'Analytics of acme' })).toBeInTheDocument();
    const totals = screen.getByRole('region', { name: /All 2 apps, 2026-11-26 to 2026-12-03/ });
    const events = within(totals).getByText('Learning events').nextSibling!;
    expect(events).toHaveTextContent('10');
    expect(events).toHaveTextContent(new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 0, signDisplay: 'exceptZero' }).format(0.25));
    expect(screen.getByRole('img', { name: /^Learning events and searches: 2 points/ })).toBeInTheDocument();
    const perApp = screen.getByRole('region', { name: 'Per app' });
    expect(within(perApp).getByRole('link', { name: 'bot' })).toHaveAttribute('href', '/apps/app_1/analytics');
    expect(within(perApp).getAllByRole('row')).toHaveLength(3);
    expect(screen.getByText(/accuracy in billing is 50 %/)).toBeInTheDocument();
  });

  it('says "not found" for another organization', async () => {
    fakeApi({ 'GET /admin/v1/orgs/org_1/analytics': () => apiError(404, 'org_not_found', 'organization not found') });
    renderPage();
    expect(await screen.findByRole('heading', { name: 'Not found' })).toBeInTheDocument();
  });

  it('says so when the organization has no apps', async () => {
    fakeApi({ 'GET /admin/v1/orgs/org_1/analytics': { ...view, apps: [], insights: [] } });
    renderPage();
    expect(await screen.findByText('This organization has no apps yet.')).toBeInTheDocument();
    expect(screen.getByText('No anomalies or opportunities in this period.')).toBeInTheDocument();
  });
});
