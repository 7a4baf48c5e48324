import { api, data } from '@/lib/api-client';
import { readSession, writeSession } from '@/lib/session';
import { env } from '@/config/env';
import { endSessionUrl, type OidcConfig } from './oidc';

/**
 * Signs out on the server (POST /admin/v1/logout: every token issued to this user so far stops
 * working), then forgets the token here. The local sign-out happens even when the server cannot be
 * reached: the token then simply expires. A Keycloak session also ends at Keycloak, which then
 * returns to the sign-in page.
 */
export async function signOut(go: (url: string) => void = (url) => window.location.assign(url)) {
  const session = readSession();
  try {
    await api.POST('/admin/v1/logout');
  } catch {
    // network or server failure (or a Keycloak user Engram does not know): sign out here anyway
  } finally {
    writeSession(null);
  }
  if (session?.provider !== 'oidc') return;
  const config = await data(api.GET('/admin/v1/auth/config')).catch(() => null);
  const url = config?.oidc
    ? endSessionUrl(config.oidc as OidcConfig, session.idToken, `${window.location.origin}${env.basePath}sign-in`)
    : null;
  if (url) go(url);
}
