import { api } from '@/lib/api-client';
import { writeSession } from '@/lib/session';

/**
 * Signs out on the server (POST /admin/v1/logout: every token issued to this user so far stops
 * working), then forgets the token here. The local sign-out happens even when the server cannot be
 * reached: the token then simply expires.
 */
export async function signOut() {
  try {
    await api.POST('/admin/v1/logout');
  } catch {
    // network or server failure: the local sign-out below still happens
  } finally {
    writeSession(null);
  }
}
