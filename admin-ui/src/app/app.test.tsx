import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { webcrypto } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { readSession } from '@/lib/session';
import { apiError, fakeApi, json, me } from '@/testing/fake-api';
import { renderAt, signedIn, testQueryClient } from '@/testing/render';
import { AppProvider } from './provider';
import { routes } from './router';

const org = { id: 'org_1', name: 'acme', created_at: '2026-11-01T10:00:00Z', updated_at: '2026-11-01T10:00:00Z' };
const app = { id: 'app_1', org_id: 'org_1', name: 'support-bot', description: 'voice', created_at: '2026-11-01T10:00:00Z', updated_at: '2026-11-01T10:00:00Z' };
const key = {
  id: 'key_1',
  app_id: 'app_1',
  name: 'prod',
  prefix: 'eng_AbCd1234',
  scopes: ['memories:read'],
  status: 'active',
  created_at: '2026-11-01T10:00:00Z',
  last_used_at: null,
  expires_at: null,
  revoked_at: null,
};

const start = (path: string) => renderAt(path, routes, (children) => <AppProvider client={testQueryClient()}>{children}</AppProvider>);

describe('the console', () => {
  it('sends a visitor without a session to the sign-in page and back after signing in', async () => {
    const api = fakeApi({
      'POST /admin/v1/login': (r: Request) => r.clone().json().then((b: { password: string }) =>
        b.password === 'right password' ? json({ access_token: 'jwt', expires_in: 3600 }) : apiError(401, 'unauthorized', 'nope')),
      'GET /admin/v1/me': me('platform-admin', null),
      'GET /admin/v1/orgs': [org],
      'GET /admin/v1/auth/config': { built_in: true },
    });
    const { router } = await start('/orgs');
    await screen.findByRole('heading', { name: 'Sign in to Engram' });
    expect(router.state.location.search).toBe('?next=%2Forgs');
    expect(screen.queryByRole('button', { name: 'Sign in with Keycloak' })).not.toBeInTheDocument();

    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(screen.getByText('Enter your username.')).toBeInTheDocument();
    expect(api.requests.filter((r) => r.path !== '/admin/v1/auth/config')).toHaveLength(0); // checked before sending

    await user.type(screen.getByLabelText('Username'), 'admin');
    await user.type(screen.getByLabelText('Password'), 'wrong');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('Wrong username or password.')).toBeInTheDocument();

    await user.clear(screen.getByLabelText('Password'));
    await user.type(screen.getByLabelText('Password'), 'right password');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('link', { name: 'acme' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/orgs');
    expect(readSession()?.token).toBe('jwt');
  });

  it('offers Keycloak when the server has it configured and leaves for its login page with PKCE', async () => {
    fakeApi({
      'GET /admin/v1/auth/config': {
        built_in: true,
        oidc: {
          issuer: 'https://sso.example.com/realms/engram',
          client_id: 'engram-console',
          authorization_endpoint: 'https://sso.example.com/realms/engram/protocol/openid-connect/auth',
          token_endpoint: 'https://sso.example.com/realms/engram/protocol/openid-connect/token',
          end_session_endpoint: null,
          scope: 'openid',
        },
      },
    });
    const assign = vi.fn();
    vi.stubGlobal('location', { ...window.location, assign, origin: 'http://localhost:8080' });
    if (!globalThis.crypto?.subtle) vi.stubGlobal('crypto', webcrypto);
    await start('/orgs');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Sign in with Keycloak' }));
    await waitFor(() => expect(assign).toHaveBeenCalledTimes(1));
    const target = new URL(String(assign.mock.calls[0]?.[0]));
    expect(target.searchParams.get('redirect_uri')).toBe('http://localhost:8080/admin/callback');
    expect(target.searchParams.get('code_challenge_method')).toBe('S256');
    vi.unstubAllGlobals();
  });

  it('returns to the sign-in page when the API answers 401', async () => {
    signedIn();
    fakeApi({ 'GET /admin/v1/me': () => apiError(401, 'unauthorized', 'token expired') });
    await start('/orgs');
    await screen.findByRole('heading', { name: 'Sign in to Engram' });
    expect(readSession()).toBeNull();
  });

  it('shows a viewer no write controls at all', async () => {
    signedIn();
    fakeApi({
      'GET /admin/v1/me': me('tenant-viewer'),
      'GET /admin/v1/apps/app_1': app,
      'GET /admin/v1/apps/app_1/keys': [key],
    });
    await start('/apps/app_1/keys');
    await screen.findByRole('cell', { name: 'prod' });
    expect(screen.queryByRole('button', { name: /create key|revoke|rotate/i })).toBeNull();
    expect(screen.queryByRole('form', { name: 'Create API key' })).toBeNull();
  });

  it('gives an admin of the organization the write controls', async () => {
    signedIn();
    fakeApi({
      'GET /admin/v1/me': me('tenant-admin'),
      'GET /admin/v1/apps/app_1': app,
      'GET /admin/v1/apps/app_1/keys': [key],
    });
    await start('/apps/app_1/keys');
    await screen.findByRole('cell', { name: 'prod' });
    expect(screen.getByRole('button', { name: 'Create key' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Revoke prod' })).toBeInTheDocument();
  });

  it('says "not found" for an app of another organization', async () => {
    signedIn();
    fakeApi({
      'GET /admin/v1/me': me('tenant-admin'),
      'GET /admin/v1/apps/app_other': () => apiError(404, 'app_not_found', 'app not found'),
    });
    await start('/apps/app_other/memories');
    expect(await screen.findByRole('heading', { name: 'Not found' })).toBeInTheDocument();
  });

  it('shows analytics and reports in the app menu, and today\'s searches and p95 on the app page', async () => {
    signedIn();
    fakeApi({
      'GET /admin/v1/me': me('tenant-admin'),
      'GET /admin/v1/apps/app_1': app,
      'GET /admin/v1/apps/app_1/stats': { memories: 1234, superseded: 1, deleted: 0, users: 2, tasks: 0, active_keys: 1 },
      'GET /admin/v1/apps/app_1/analytics/metrics/all': {
        domain: 'all',
        learning: {},
        memory: { facts_learned: 3 },
        retrieval: { searches: 4321, hit_rate: 0.5, search_p50_ms: 1.2, search_p95_ms: 12.5 },
        users: { active_users: 2 },
      },
    });
    await start('/apps/app_1');
    const nav = await screen.findByRole('navigation', { name: 'App' });
    expect(nav).toHaveTextContent('Analytics');
    expect(nav.querySelector('a[href="/orgs/org_1/reports"]')).toHaveTextContent('Reports');
    expect(await screen.findByText(new Intl.NumberFormat().format(1234))).toBeInTheDocument();
    const searches = await screen.findByText('Searches today');
    expect(searches.nextElementSibling).toHaveTextContent(new Intl.NumberFormat().format(4321));
    expect(screen.getByText('Search p95 today').nextElementSibling).toHaveTextContent(`${new Intl.NumberFormat().format(13)} ms`);
  });

  it('signs out on the server, then here', async () => {
    signedIn();
    const api = fakeApi({ 'GET /admin/v1/me': me('platform-admin', null), 'GET /admin/v1/orgs': [], 'POST /admin/v1/logout': new Response(null, { status: 204 }) });
    await start('/orgs');
    await screen.findByText(/No organizations yet/);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Sign out' }));
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Sign in to Engram' })).toBeInTheDocument());
    expect(api.requests.some((r) => r.method === 'POST' && r.path === '/admin/v1/logout')).toBe(true);
    expect(readSession()).toBeNull();
  });

  it('signs out here even when the server cannot be reached', async () => {
    signedIn();
    fakeApi({ 'GET /admin/v1/me': me('platform-admin', null), 'GET /admin/v1/orgs': [], 'POST /admin/v1/logout': () => apiError(503, 'unavailable', 'down') });
    await start('/orgs');
    await screen.findByText(/No organizations yet/);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Sign out' }));
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Sign in to Engram' })).toBeInTheDocument());
    expect(readSession()).toBeNull();
  });
});
