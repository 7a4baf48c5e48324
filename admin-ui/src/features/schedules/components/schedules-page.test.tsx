import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { apiError, fakeApi, json, me } from '@/testing/fake-api';
import { signedIn, testQueryClient } from '@/testing/render';
import { SchedulesPage } from './schedules-page';

const schedule = {
  id: 'rsch_1',
  org_id: 'org_1',
  name: 'Weekly exec',
  cron: '0 8 * * 1',
  time_zone: 'Europe/Lisbon',
  types: ['executive'],
  formats: ['pdf', 'csv'],
  period: 'week',
  days: null,
  app_id: null,
  domain: 'all',
  destinations: [{ type: 'directory', path: 'weekly', to: null, subject: null, url: null, secret_set: null }],
  enabled: true,
  next_run_at: '2026-12-07T08:00:00Z',
  created_by: 'pat',
  created_at: '2026-12-01T10:00:00Z',
  updated_at: '2026-12-01T10:00:00Z',
};
const run = {
  id: 'rrun_1',
  schedule_id: 'rsch_1',
  org_id: 'org_1',
  trigger: 'manual',
  tick: '2026-12-02T10:00:00Z',
  period_from: '2026-11-25',
  period_to: '2026-12-02',
  status: 'succeeded',
  attempts: 1,
  started_at: '2026-12-02T10:00:00Z',
  finished_at: '2026-12-02T10:00:01Z',
  duration_ms: 812,
  size_bytes: 20480,
  error: null,
  deliveries: [{ index: 0, type: 'directory', target: 'weekly', status: 'delivered', attempts: 1, detail: null, at: '2026-12-02T10:00:01Z' }],
  files: [{ file_name: 'engram-executive.pdf', content_type: 'application/pdf', size_bytes: 20000, href: '/admin/v1/orgs/org_1/report-runs/rrun_1/files/engram-executive.pdf' }],
  created_at: '2026-12-02T10:00:00Z',
};

const renderPage = () => {
  signedIn();
  return render(
    <QueryClientProvider client={testQueryClient()}>
      <MemoryRouter>
        <SchedulesPage orgId="org_1" orgName="acme" apps={[{ id: 'app_1', name: 'bot' }]} />
      </MemoryRouter>
    </QueryClientProvider>,
  );
};

describe('SchedulesPage', () => {
  it('lists schedules in words and shows the runs with deliveries and files', async () => {
    fakeApi({
      'GET /admin/v1/me': me('tenant-viewer'),
      'GET /admin/v1/orgs/org_1/report-schedules': [schedule],
      'GET /admin/v1/orgs/org_1/report-schedules/rsch_1/runs': [run],
    });
    renderPage();
    expect(await screen.findByRole('cell', { name: 'Every Monday at 08:00 (Europe/Lisbon)' })).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Runs of Weekly exec' }));
    const runs = await screen.findByRole('region', { name: 'Runs of Weekly exec' });
    expect(await within(runs).findByText('delivered')).toBeInTheDocument();
    expect(within(runs).getByRole('button', { name: 'Download engram-executive.pdf' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Run now|Edit|Delete/ })).toBeNull();
    expect(screen.queryByRole('form', { name: 'Create report schedule' })).toBeNull();
  });

  it('checks the form before sending, then creates the schedule', async () => {
    const api = fakeApi({
      'GET /admin/v1/me': me('tenant-admin'),
      'GET /admin/v1/orgs/org_1/report-schedules': [],
      'POST /admin/v1/orgs/org_1/report-schedules': json(schedule, 201),
    });
    renderPage();
    const form = await screen.findByRole('form', { name: 'Create report schedule' });
    const user = userEvent.setup();
    await user.clear(within(form).getByLabelText('Cron expression'));
    await user.type(within(form).getByLabelText('Cron expression'), 'every monday');
    await user.click(within(form).getByRole('button', { name: 'Create schedule' }));
    expect(within(form).getByText('Name the schedule.')).toBeInTheDocument();
    expect(within(form).getByText(/Five fields/)).toBeInTheDocument();
    expect(api.requests.filter((r) => r.method === 'POST')).toHaveLength(0);

    await user.type(within(form).getByLabelText('Schedule name'), 'Weekly exec');
    await user.selectOptions(within(form).getByLabelText('Repeat'), '0 8 * * 1');
    await user.selectOptions(within(form).getByLabelText('Time zone'), 'UTC');
    await user.click(within(form).getByLabelText('csv'));
    await user.type(within(form).getByLabelText(/Directory 1/), 'weekly');
    await user.click(within(form).getByRole('button', { name: 'Create schedule' }));
    await waitFor(() => expect(api.requests.some((r) => r.method === 'POST')).toBe(true));
    expect(api.requests.find((r) => r.method === 'POST')!.body).toEqual({
      name: 'Weekly exec',
      cron: '0 8 * * 1',
      time_zone: 'UTC',
      types: ['executive'],
      formats: ['pdf', 'csv'],
      period: 'week',
      days: null,
      app_id: null,
      destinations: [{ type: 'directory', path: 'weekly' }],
      enabled: true,
    });
  });

  it("puts the API's message next to the destination field it names", async () => {
    fakeApi({
      'GET /admin/v1/me': me('tenant-admin'),
      'GET /admin/v1/orgs/org_1/report-schedules': [],
      'POST /admin/v1/orgs/org_1/report-schedules': () => apiError(400, 'invalid_field', 'destinations[0].url: a private address', 'destinations[0].url'),
    });
    renderPage();
    const form = await screen.findByRole('form', { name: 'Create report schedule' });
    const user = userEvent.setup();
    await user.type(within(form).getByLabelText('Schedule name'), 'Hook');
    await user.selectOptions(within(form).getByLabelText('Destination 1'), 'webhook');
    await user.type(within(form).getByLabelText('Webhook URL 1'), 'http://10.0.0.1/hook');
    await user.type(within(form).getByLabelText('Signing secret 1'), 'a long enough secret');
    await user.click(within(form).getByRole('button', { name: 'Create schedule' }));
    expect(await within(form).findByText('destinations[0].url: a private address')).toBeInTheDocument();
  });

  it('sends an S3-compatible bucket destination and shows the field the API names', async () => {
    const api = fakeApi({
      'GET /admin/v1/me': me('tenant-admin'),
      'GET /admin/v1/orgs/org_1/report-schedules': [],
      'POST /admin/v1/orgs/org_1/report-schedules': () => apiError(400, 'invalid_field', 'destinations[0].bucket: must be an S3 bucket name', 'destinations[0].bucket'),
    });
    renderPage();
    const form = await screen.findByRole('form', { name: 'Create report schedule' });
    const user = userEvent.setup();
    await user.type(within(form).getByLabelText('Schedule name'), 'S3');
    await user.selectOptions(within(form).getByLabelText('Destination 1'), 's3');
    expect(within(form).queryByLabelText(/Directory 1/)).toBeNull();
    // pasted rather than typed key by key: the same change events, fewer of them
    const fill = async (label: string | RegExp, value: string) => {
      await user.click(within(form).getByLabelText(label));
      await user.paste(value);
    };
    await fill('Endpoint 1', 'https://minio.example.com:9000');
    await fill('Bucket 1', 'Reports_Bucket');
    await fill(/Key prefix 1/, 'engram/weekly');
    await fill('Access key ID 1', 'AKIAEXAMPLE');
    await fill('Secret access key 1', 'an s3 secret key');
    await user.click(within(form).getByLabelText(/Path-style URLs/));
    await user.click(within(form).getByRole('button', { name: 'Create schedule' }));
    expect(await within(form).findByText('destinations[0].bucket: must be an S3 bucket name')).toBeInTheDocument();
    expect(within(form).getByLabelText('Bucket 1')).toHaveAttribute('aria-invalid', 'true');
    expect(api.requests.find((r) => r.method === 'POST')!.body).toMatchObject({
      destinations: [
        {
          type: 's3',
          endpoint: 'https://minio.example.com:9000',
          bucket: 'Reports_Bucket',
          prefix: 'engram/weekly',
          region: null,
          access_key_id: 'AKIAEXAMPLE',
          secret_access_key: 'an s3 secret key',
          path_style: false,
        },
      ],
    });
  });

  it('runs a schedule now and opens its runs', async () => {
    const api = fakeApi({
      'GET /admin/v1/me': me('tenant-admin'),
      'GET /admin/v1/orgs/org_1/report-schedules': [schedule],
      'POST /admin/v1/orgs/org_1/report-schedules/rsch_1/run': json({ ...run, status: 'queued', files: [], deliveries: [] }, 202),
      'GET /admin/v1/orgs/org_1/report-schedules/rsch_1/runs': [run],
    });
    renderPage();
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Run now: Weekly exec' }));
    expect(await screen.findByRole('region', { name: 'Runs of Weekly exec' })).toBeInTheDocument();
    expect(api.requests.some((r) => r.method === 'POST' && r.path.endsWith('/run'))).toBe(true);
  });
});
