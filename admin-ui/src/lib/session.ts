// The signed-in user's token, kept for the browser tab (sessionStorage) and dropped on a 401.
const KEY = 'engram.session';

/**
 * A console session: the bearer token and when it expires; a Keycloak session (provider 'oidc')
 * also keeps the ID token, which signing out at Keycloak's end-session endpoint needs.
 */
export type Session = { token: string; expiresAt: number; provider?: 'built-in' | 'oidc'; idToken?: string };

export function readSession(now = Date.now()): Session | null {
  const raw = sessionStorage.getItem(KEY);
  if (!raw) return null;
  try {
    const s = JSON.parse(raw) as Session;
    return s.token && s.expiresAt > now ? s : null;
  } catch {
    return null;
  }
}

export function writeSession(s: Session | null) {
  if (s) sessionStorage.setItem(KEY, JSON.stringify(s));
  else sessionStorage.removeItem(KEY);
  listeners.forEach((l) => l(s));
}

const listeners = new Set<(s: Session | null) => void>();
export function onSessionChange(l: (s: Session | null) => void) {
  listeners.add(l);
  return () => {
    listeners.delete(l);
  };
}
