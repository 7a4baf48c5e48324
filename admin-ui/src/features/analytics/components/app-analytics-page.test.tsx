import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { apiError, fakeApi, json } from '@/testing/fake-api';
import { signedIn, testQueryClient } from '@/testing/render';
import { AppAnalyticsPage } from './app-analytics-page';

const points = (values: (number | null)[]) => values.map((value, i) => ({ start: `2026-12-0${i + 1}`, value, moving_average: value }));

const dashboard = {
  domain: 'all',
  realtime: { events_this_hour: 7, events_previous_hour: 3, active_agents_today: 1 },
  today: {
    ai_performance: { events: 12, accuracy: 0.75, mean_confidence: 0.9, mean_rating: 4 },
    memory: { facts_learned: 5, facts_corrected: 2, facts_reinforced: 0, facts_forgotten: 0, contradiction_rate: 0.2 },
    retrieval: { searches: 40, hit_rate: 0.5 },
    business_impact: { performance_change: 0, feedback: 4 },
  },
  trends: [
    { metric: 'events', points: points([1, 2, 12]) },
    { metric: 'accuracy', points: points([null, 0.5, 0.75]) },
    { metric: 'facts_learned', points: points([0, 1, 5]) },
    { metric: 'searches', points: points([10, 20, 40]) },
  ],
  insights: [],
  top_performers: { agents: [{ agent_id: 'biller-a', events: 12, feedback: 8, accuracy: 0.75, mean_rating: 4 }], domains: [] },
};
const trend = { metric: 'facts_learned', bucket: 'day', points: points([0, 1, 5]), current: 6, previous: 3, change: 1, forecast: { method: 'Holt', next: [6] } };
const insights = {
  domain: 'all',
  threshold: 5,
  insights: [{ type: 'anomaly', metric: 'events', domain: 'all', since: '2026-12-03', score: 9, message: 'events in all: spike of 12 on 2026-12-03 against an expected 1.5' }],
};
const history = {
  source: 'learning',
  events: [{ source: 'learning', id: 'lev_1', event_type: 'correction', domain: 'billing', agent_id: 'biller-a', user_id: 'ana', occurred_at: '2026-12-03T10:00:00Z' }],
  next_offset: null,
};

function renderPage() {
  signedIn();
  return render(
    <QueryClientProvider client={testQueryClient()}>
      <MemoryRouter>
        <AppAnalyticsPage appId="app_1" />
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

const routes = (extra: Record<string, unknown> = {}) => ({
  'GET /admin/v1/apps/app_1/analytics/dashboard': dashboard,
  'GET /admin/v1/apps/app_1/analytics/trends/all': trend,
  'GET /admin/v1/apps/app_1/analytics/trends/billing': { ...trend, metric: 'accuracy', points: points([0.5, 0.6, 0.7]) },
  'GET /admin/v1/apps/app_1/analytics/insights': insights,
  'GET /admin/v1/apps/app_1/analytics/domains': { domains: ['billing'] },
  'POST /admin/v1/apps/app_1/analytics/history': history,
  'GET /admin/v1/apps/app_1/tool-sessions/active': { sessions: [{ session_id: 'tses_1', tool_id: 'biller-a', user_id: null, status: 'active', started_at: '2026-12-03T09:00:00Z' }] },
  'GET /admin/v1/apps/app_1/metrics/compare': {
    hours: 24,
    tools: {
      'biller-a': { tool_id: 'biller-a', hours: 24, learning_events: 12, accuracy: 0.75, active_sessions: 1 },
      'biller-b': { tool_id: 'biller-b', hours: 24, learning_events: 3, accuracy: null, active_sessions: 0 },
    },
  },
  ...extra,
});

describe('AppAnalyticsPage', () => {
  it("shows today's numbers, a chart per daily series, top agents and insights", async () => {
    fakeApi(routes());
    renderPage();
    const today = await screen.findByRole('region', { name: 'Today (UTC)' });
    expect(within(today).getByText('Learning events').nextSibling).toHaveTextContent('12');
    expect(within(today).getByText('Accuracy').nextSibling).toHaveTextContent(new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 1 }).format(0.75));
    expect(screen.getByRole('img', { name: /^Searches: 3 points .* latest 40/ })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /^Facts learned: 3 points/ })).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Top agents' })).getByRole('cell', { name: 'biller-a' })).toBeInTheDocument();
    expect(await screen.findByText(/spike of 12 on 2026-12-03/)).toBeInTheDocument();
  });

  it('asks for the period, metric and domain the viewer picks', async () => {
    const api = fakeApi(routes());
    renderPage();
    await screen.findByRole('region', { name: 'Today (UTC)' });
    const user = userEvent.setup();
    await user.selectOptions(screen.getAllByLabelText('Period')[0]!, '7');
    await waitFor(() => expect(api.requests.some((r) => r.path === '/admin/v1/apps/app_1/analytics/dashboard?days=7')).toBe(true));
    await user.selectOptions(await screen.findByLabelText('Domain'), 'billing');
    await user.selectOptions(screen.getByLabelText('Metric'), 'accuracy');
    await waitFor(() =>
      expect(api.requests.some((r) => r.path === '/admin/v1/apps/app_1/analytics/trends/billing?metric=accuracy&bucket=day&days=7')).toBe(true),
    );
    expect(await screen.findByText(/change/)).toBeInTheDocument();
  });

  it('lists open tool sessions and compares two tools side by side', async () => {
    const twoAgents = {
      ...dashboard,
      top_performers: {
        agents: [
          { agent_id: 'biller-a', events: 12, feedback: 8, accuracy: 0.75, mean_rating: 4 },
          { agent_id: 'biller-b', events: 3, feedback: 0, accuracy: null, mean_rating: null },
        ],
        domains: [],
      },
    };
    const api = fakeApi(routes({ 'GET /admin/v1/apps/app_1/analytics/dashboard': twoAgents }));
    renderPage();
    const tools = await screen.findByRole('region', { name: 'Tools' });
    expect(await within(tools).findByRole('cell', { name: 'tses_1' })).toBeInTheDocument();
    const events = (await within(tools).findByRole('cell', { name: 'learning events' })).closest('tr')!;
    expect(within(events).getAllByRole('cell').map((c) => c.textContent)).toEqual(['learning events', '12', '3']);
    expect(api.requests.some((r) => r.path === '/admin/v1/apps/app_1/metrics/compare?tool_ids=biller-a&tool_ids=biller-b&hours=24')).toBe(true);
    await userEvent.setup().click(within(tools).getByLabelText('biller-b'));
    expect(within(tools).getByText('Pick at least two tools.')).toBeInTheDocument();
  });

  it('filters the learning history and checks the filters before sending', async () => {
    const api = fakeApi(routes());
    renderPage();
    const table = await screen.findByRole('region', { name: 'Learning history' });
    expect(await within(table).findByRole('cell', { name: 'correction' })).toBeInTheDocument();
    const user = userEvent.setup();
    await user.type(within(table).getByLabelText('Agents'), 'bad name!');
    await user.click(within(table).getByRole('button', { name: 'Apply filters' }));
    expect(within(table).getByText(/Use names separated by commas/)).toBeInTheDocument();
    const sent = api.requests.filter((r) => r.path === '/admin/v1/apps/app_1/analytics/history').length;

    await user.clear(within(table).getByLabelText('Agents'));
    await user.type(within(table).getByLabelText('Agents'), 'biller-a, biller-b');
    await user.type(within(table).getByLabelText('Types'), 'correction');
    await user.click(within(table).getByRole('button', { name: 'Apply filters' }));
    await waitFor(() => expect(api.requests.filter((r) => r.path === '/admin/v1/apps/app_1/analytics/history').length).toBe(sent + 1));
    expect(api.requests.at(-1)!.body).toEqual({ source: 'learning', days: 30, limit: 25, offset: 0, event_types: ['correction'], agents: ['biller-a', 'biller-b'] });
  });

  it("shows the API's message next to the field it names", async () => {
    fakeApi(routes({ 'POST /admin/v1/apps/app_1/analytics/history': () => apiError(400, 'invalid_field', 'event_types: too many names', 'event_types') }));
    renderPage();
    const region = await screen.findByRole('region', { name: 'Learning history' });
    expect(await within(region).findByRole('alert')).toHaveTextContent('event_types: too many names');
  });

  it('says "not found" for an app of another organization', async () => {
    fakeApi(routes({ 'GET /admin/v1/apps/app_1/analytics/dashboard': () => apiError(404, 'app_not_found', 'app not found') }));
    renderPage();
    expect(await screen.findAllByRole('heading', { name: 'Not found' })).not.toHaveLength(0);
  });

  it('keeps the page when the network fails, with a banner to retry', async () => {
    fakeApi(routes({ 'GET /admin/v1/apps/app_1/analytics/dashboard': () => json({}, 503) }));
    renderPage();
    expect(await screen.findByText('Could not load.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Explore a trend' })).toBeInTheDocument();
  });
});
