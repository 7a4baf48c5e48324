import { webcrypto } from 'node:crypto';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { json } from '@/testing/fake-api';
import { readSession } from '@/lib/session';
import {
  authorizationUrl,
  beginSignIn,
  callbackUri,
  codeChallenge,
  completeSignIn,
  endSessionUrl,
  SignInError,
  type OidcConfig,
} from './oidc';

const config: OidcConfig = {
  issuer: 'https://sso.example.com/realms/engram',
  client_id: 'engram-console',
  authorization_endpoint: 'https://sso.example.com/realms/engram/protocol/openid-connect/auth',
  token_endpoint: 'https://sso.example.com/realms/engram/protocol/openid-connect/token',
  end_session_endpoint: 'https://sso.example.com/realms/engram/protocol/openid-connect/logout',
  scope: 'openid',
};
const redirect = 'http://localhost:8080/admin/callback';

beforeAll(() => {
  // jsdom's crypto has no SubtleCrypto; the browser's and Node's do
  if (!globalThis.crypto?.subtle) vi.stubGlobal('crypto', webcrypto);
});
afterEach(() => vi.unstubAllGlobals());

/** A fake token endpoint (form-encoded requests): answers {@link answer}, records each form. */
function tokenEndpoint(answer: Response) {
  const forms: URLSearchParams[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    expect(String(input)).toBe(config.token_endpoint);
    forms.push(new URLSearchParams(String(init?.body)));
    return answer;
  });
  vi.stubGlobal('fetch', fetch);
  return { forms, fetch };
}

/** Starts a sign-in and answers the URL the browser was sent to. */
async function begin(next = '/orgs'): Promise<URL> {
  let target = '';
  await beginSignIn(config, redirect, next, (url) => (target = url));
  return new URL(target);
}

describe('PKCE sign-in with Keycloak', () => {
  it('computes the S256 challenge: base64url of SHA-256, no padding', async () => {
    // expected value computed apart: python3 hashlib.sha256 + base64.urlsafe_b64encode, '=' stripped
    expect(await codeChallenge('dBjftJeZ4CVP-mJ92K9GtxW6Aq1yZ8zE5CU34v5cGhI')).toBe(
      'zeTgqJXgrxanrxd_zkZ-XkBmBhXdLOIOZRSN0KV2uV8',
    );
  });

  it('builds the callback under the console base path', () => {
    expect(callbackUri('http://localhost:8080', '/admin/')).toBe(redirect);
  });

  it('sends the browser to the authorization endpoint with a code challenge and state', async () => {
    const url = await begin();
    expect(url.origin + url.pathname).toBe(config.authorization_endpoint);
    expect(url.searchParams.get('client_id')).toBe('engram-console');
    expect(url.searchParams.get('response_type')).toBe('code');
    expect(url.searchParams.get('redirect_uri')).toBe(redirect);
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(url.searchParams.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(url.searchParams.get('state')).toMatch(/^[A-Za-z0-9_-]{20,}$/);
    expect(url.searchParams.has('code_verifier')).toBe(false);
  });

  it('exchanges the code with the verifier whose challenge was sent, keeps the tokens and returns to the page', async () => {
    const url = await begin('/orgs/org_1');
    const endpoint = tokenEndpoint(json({ access_token: 'access', id_token: 'id', expires_in: 300 }));
    const next = await completeSignIn(config, `?state=${url.searchParams.get('state')}&code=the-code`, 1_000);
    expect(next).toBe('/orgs/org_1');
    const form = endpoint.forms[0] ?? new URLSearchParams();
    expect(form.get('grant_type')).toBe('authorization_code');
    expect(form.get('code')).toBe('the-code');
    expect(form.get('redirect_uri')).toBe(redirect);
    expect(await codeChallenge(form.get('code_verifier') ?? '')).toBe(url.searchParams.get('code_challenge'));
    expect(readSession(2_000)).toEqual({ token: 'access', idToken: 'id', provider: 'oidc', expiresAt: 301_000 });
  });

  it('refuses a callback whose state is not the one sent, and uses a state once', async () => {
    const url = await begin();
    const endpoint = tokenEndpoint(json({}));
    await expect(completeSignIn(config, '?state=forged&code=c')).rejects.toBeInstanceOf(SignInError);
    await expect(completeSignIn(config, `?state=${url.searchParams.get('state')}&code=c`)).rejects.toThrow(/not the one/);
    expect(endpoint.fetch).not.toHaveBeenCalled();
    expect(readSession()).toBeNull();
  });

  it("shows Keycloak's own refusal", async () => {
    await begin();
    await expect(completeSignIn(config, '?error=access_denied&error_description=User+cancelled')).rejects.toThrow(
      'Keycloak refused the sign-in: User cancelled',
    );
  });

  it('reports a refused code exchange without keeping a session', async () => {
    const url = await begin();
    tokenEndpoint(json({ error: 'invalid_grant', error_description: 'PKCE verification failed' }, 400));
    await expect(completeSignIn(config, `?state=${url.searchParams.get('state')}&code=c`)).rejects.toThrow(
      'PKCE verification failed',
    );
    expect(readSession()).toBeNull();
  });

  it("signs out at Keycloak's end-session endpoint and comes back to the sign-in page", () => {
    const url = new URL(endSessionUrl(config, 'id-token', 'http://localhost:8080/admin/sign-in') ?? '');
    expect(url.origin + url.pathname).toBe(config.end_session_endpoint);
    expect(url.searchParams.get('id_token_hint')).toBe('id-token');
    expect(url.searchParams.get('post_logout_redirect_uri')).toBe('http://localhost:8080/admin/sign-in');
    expect(endSessionUrl({ ...config, end_session_endpoint: null }, 'id', 'x')).toBeNull();
  });
});

it('leaves the authorization URL free of secrets', () => {
  const url = new URL(authorizationUrl(config, { redirectUri: redirect, state: 's', challenge: 'c' }));
  expect([...url.searchParams.keys()].sort()).toEqual(
    ['client_id', 'code_challenge', 'code_challenge_method', 'redirect_uri', 'response_type', 'scope', 'state'].sort(),
  );
});
