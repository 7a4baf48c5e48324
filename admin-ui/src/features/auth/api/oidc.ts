import { writeSession } from '@/lib/session';

/** The identity provider as GET /admin/v1/auth/config describes it. */
export type OidcConfig = {
  issuer: string;
  client_id: string;
  authorization_endpoint: string;
  token_endpoint: string;
  end_session_endpoint?: string | null;
  scope: string;
};

/** What the browser keeps between leaving for Keycloak and coming back (this tab only). */
type Pending = { state: string; verifier: string; next: string; redirectUri: string };
const PENDING = 'engram.oidc.pending';

function base64Url(bytes: Uint8Array): string {
  let binary = '';
  bytes.forEach((b) => (binary += String.fromCharCode(b)));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** A random URL-safe string of {@link bytes} random bytes (a PKCE verifier or a state). */
export function randomUrlSafe(bytes = 32): string {
  return base64Url(crypto.getRandomValues(new Uint8Array(bytes)));
}

/** The S256 code challenge of a verifier (RFC 7636 § 4.2). */
export async function codeChallenge(verifier: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64Url(new Uint8Array(digest));
}

/** Where the console receives the authorization code: <origin>/admin/callback. */
export function callbackUri(origin: string, basePath: string): string {
  return `${origin}${basePath}callback`;
}

export function authorizationUrl(
  config: OidcConfig,
  p: { redirectUri: string; state: string; challenge: string },
): string {
  const url = new URL(config.authorization_endpoint);
  url.searchParams.set('client_id', config.client_id);
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('scope', config.scope);
  url.searchParams.set('redirect_uri', p.redirectUri);
  url.searchParams.set('state', p.state);
  url.searchParams.set('code_challenge', p.challenge);
  url.searchParams.set('code_challenge_method', 'S256');
  return url.toString();
}

/** Leaves for Keycloak's login page; {@link next} is the console page to return to. */
export async function beginSignIn(
  config: OidcConfig,
  redirectUri: string,
  next: string,
  go: (url: string) => void = (url) => window.location.assign(url),
) {
  const pending: Pending = { state: randomUrlSafe(16), verifier: randomUrlSafe(32), next, redirectUri };
  sessionStorage.setItem(PENDING, JSON.stringify(pending));
  go(authorizationUrl(config, { redirectUri, state: pending.state, challenge: await codeChallenge(pending.verifier) }));
}

export class SignInError extends Error {}

/**
 * Finishes the sign-in on the callback page: checks the state against the one sent, exchanges the
 * code with the verifier at the token endpoint, keeps the tokens and answers the page to go to.
 */
export async function completeSignIn(config: OidcConfig, search: string, now = Date.now()): Promise<string> {
  const params = new URLSearchParams(search);
  const raw = sessionStorage.getItem(PENDING);
  sessionStorage.removeItem(PENDING); // one use only, whatever happens next
  if (params.get('error')) {
    throw new SignInError(`Keycloak refused the sign-in: ${params.get('error_description') ?? params.get('error')}`);
  }
  const pending = raw ? (JSON.parse(raw) as Pending) : null;
  const code = params.get('code');
  if (!pending || !code || params.get('state') !== pending.state) {
    throw new SignInError('This sign-in link is not the one this tab started; sign in again.');
  }
  let response: Response;
  try {
    response = await fetch(config.token_endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        client_id: config.client_id,
        code,
        redirect_uri: pending.redirectUri,
        code_verifier: pending.verifier,
      }),
    });
  } catch {
    throw new SignInError('Keycloak cannot be reached; check your connection and sign in again.');
  }
  const body = (await response.json().catch(() => ({}))) as {
    access_token?: string;
    id_token?: string;
    expires_in?: number;
    error_description?: string;
  };
  if (!response.ok || !body.access_token) {
    throw new SignInError(`Keycloak did not issue a token: ${body.error_description ?? `HTTP ${response.status}`}`);
  }
  writeSession({
    token: body.access_token,
    idToken: body.id_token,
    provider: 'oidc',
    expiresAt: now + (body.expires_in ?? 300) * 1000,
  });
  return pending.next.startsWith('/') && !pending.next.startsWith('//') ? pending.next : '/';
}

/** Keycloak's end-session URL that returns to the sign-in page, or null when it has none. */
export function endSessionUrl(config: OidcConfig, idToken: string | undefined, afterLogout: string): string | null {
  if (!config.end_session_endpoint) return null;
  const url = new URL(config.end_session_endpoint);
  url.searchParams.set('client_id', config.client_id);
  url.searchParams.set('post_logout_redirect_uri', afterLogout);
  if (idToken) url.searchParams.set('id_token_hint', idToken);
  return url.toString();
}
