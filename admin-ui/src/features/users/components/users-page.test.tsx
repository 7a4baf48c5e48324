import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Me } from '@/lib/auth';
import { apiError, fakeApi } from '@/testing/fake-api';
import { signedIn, testQueryClient } from '@/testing/render';
import { UsersPage } from './users-page';

const orgs = [{ id: 'org_1', name: 'acme' }];
const users = [
  { id: 'usr_1', username: 'pat', role: 'tenant-admin', org_id: 'org_1', created_at: '2026-11-01T10:00:00Z', disabled: false },
  { id: 'usr_2', username: 'vic', role: 'tenant-viewer', org_id: 'org_1', created_at: '2026-11-01T10:00:00Z', disabled: false },
];
const renderPage = (me: Me) => {
  signedIn();
  return render(
    <QueryClientProvider client={testQueryClient()}>
      <UsersPage me={me} orgs={orgs} />
    </QueryClientProvider>,
  );
};

describe('UsersPage', () => {
  it("changes another user's role, not one's own", async () => {
    const api = fakeApi({ 'GET /admin/v1/users': users, 'PUT /admin/v1/users/usr_2/role': { ...users[1], role: 'tenant-admin' } });
    renderPage({ username: 'pat', role: 'tenant-admin', orgId: 'org_1' });
    const row = (await screen.findByRole('cell', { name: 'vic' })).closest('tr')!;
    expect(screen.queryByLabelText('Role of pat')).toBeNull();
    expect(within(row).queryByRole('option', { name: 'platform-admin' })).toBeNull();
    const user = userEvent.setup();
    await user.selectOptions(within(row).getByLabelText('Role of vic'), 'tenant-admin');
    await user.click(within(row).getByRole('button', { name: 'Change role' }));
    await waitFor(() => expect(api.requests.some((r) => r.method === 'PUT')).toBe(true));
    expect(api.requests.find((r) => r.method === 'PUT')!.body).toEqual({ role: 'tenant-admin', org_id: null });
    expect(await within(row).findByText(/Role changed/)).toBeInTheDocument();
  });

  it("shows the API's refusal next to the role", async () => {
    fakeApi({ 'GET /admin/v1/users': users, 'PUT /admin/v1/users/usr_2/role': () => apiError(400, 'invalid_field', 'role: must be one of …', 'role') });
    renderPage({ username: 'root', role: 'platform-admin', orgId: null });
    const row = (await screen.findByRole('cell', { name: 'vic' })).closest('tr')!;
    const user = userEvent.setup();
    await user.selectOptions(within(row).getByLabelText('Role of vic'), 'platform-admin');
    await user.click(within(row).getByRole('button', { name: 'Change role' }));
    expect(await within(row).findByRole('alert')).toHaveTextContent('role: must be one of …');
  });

  it('gives a viewer no role or remove controls', async () => {
    fakeApi({ 'GET /admin/v1/users': users });
    renderPage({ username: 'vic', role: 'tenant-viewer', orgId: 'org_1' });
    await screen.findByRole('cell', { name: 'pat' });
    expect(screen.queryByRole('button', { name: /Change role|Remove/ })).toBeNull();
    expect(screen.queryByRole('columnheader', { name: 'Actions' })).toBeNull();
  });
});
