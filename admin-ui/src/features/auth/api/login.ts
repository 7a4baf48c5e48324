import { useMutation } from '@tanstack/react-query';
import { rawFetch } from '@/lib/api-client';
import { writeSession } from '@/lib/session';

export type Credentials = { username: string; password: string };

/** POST /admin/v1/login (the built-in issuer; not part of the OpenAPI document). */
export async function login({ username, password }: Credentials) {
  const response = await rawFetch('/admin/v1/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  const body = (await response.json()) as { access_token: string; expires_in?: number };
  writeSession({ token: body.access_token, expiresAt: Date.now() + (body.expires_in ?? 3600) * 1000 });
}

export function useLogin() {
  return useMutation({ mutationFn: login });
}
