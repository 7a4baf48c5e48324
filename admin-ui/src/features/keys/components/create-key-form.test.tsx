import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { apiError, fakeApi, json } from '@/testing/fake-api';
import { testQueryClient } from '@/testing/render';
import { CreateKeyForm } from './create-key-form';

const renderForm = (onIssued = vi.fn()) =>
  render(
    <QueryClientProvider client={testQueryClient()}>
      <CreateKeyForm appId="app_1" onIssued={onIssued} />
    </QueryClientProvider>,
  );

describe('CreateKeyForm', () => {
  it('needs a name, a scope and a future expiry before sending', async () => {
    const api = fakeApi({});
    renderForm();
    const user = userEvent.setup();
    await user.click(screen.getByLabelText(/memories:read/));
    await user.click(screen.getByLabelText(/memories:write/));
    await user.type(screen.getByLabelText('Expires on (optional)'), '2001-01-01');
    await user.click(screen.getByRole('button', { name: 'Create key' }));
    expect(screen.getByText('Name is required.')).toBeInTheDocument();
    expect(screen.getByText('Choose at least one scope.')).toBeInTheDocument();
    expect(screen.getByText('The expiry date must be in the future.')).toBeInTheDocument();
    expect(api.requests).toHaveLength(0);
  });

  it('sends name, scopes and expiry and hands over the secret once', async () => {
    const api = fakeApi({
      'POST /admin/v1/apps/app_1/keys': json({ api_key: { id: 'key_1' }, key: 'eng_secret', notice: 'Store this key now' }, 201),
    });
    const onIssued = vi.fn();
    renderForm(onIssued);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Key name'), 'prod');
    await user.click(screen.getByRole('button', { name: 'Create key' }));
    await vi.waitFor(() => expect(onIssued).toHaveBeenCalledWith('eng_secret', 'Store this key now'));
    expect(api.requests[0]!.body).toEqual({ name: 'prod', scopes: ['memories:read', 'memories:write'], expires_at: null });
  });

  it('offers every scope the API knows, analytics:write included', async () => {
    const api = fakeApi({
      'POST /admin/v1/apps/app_1/keys': json({ api_key: { id: 'key_2' }, key: 'eng_writer', notice: 'Store this key now' }, 201),
    });
    const onIssued = vi.fn();
    renderForm(onIssued);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Key name'), 'agent');
    await user.click(screen.getByLabelText(/memories:read/));
    await user.click(screen.getByLabelText(/memories:write/));
    await user.click(screen.getByLabelText(/^analytics:write/));
    await user.click(screen.getByRole('button', { name: 'Create key' }));
    await vi.waitFor(() => expect(onIssued).toHaveBeenCalledWith('eng_writer', 'Store this key now'));
    expect(api.requests[0]!.body).toEqual({ name: 'agent', scopes: ['analytics:write'], expires_at: null });
  });

  it("puts the API's message next to the field it names", async () => {
    fakeApi({ 'POST /admin/v1/apps/app_1/keys': () => apiError(400, 'invalid_field', "unknown scope 'x'", 'scopes') });
    renderForm();
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Key name'), 'prod');
    await user.click(screen.getByRole('button', { name: 'Create key' }));
    expect(await screen.findByText("unknown scope 'x'")).toBeInTheDocument();
  });
});
