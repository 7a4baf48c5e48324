import { queryOptions, useQuery } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { api, data } from './api-client';
import { onSessionChange, readSession } from './session';

export type Role = 'platform-admin' | 'tenant-admin' | 'tenant-viewer';
export type Me = { username: string; role: Role; orgId: string | null };

/** The current session (re-renders on sign-in, sign-out and a 401). */
export function useSession() {
  return useSyncExternalStore(
    (notify) => onSessionChange(notify),
    () => sessionStorage.getItem('engram.session'),
  ) ? readSession() : null;
}

export const meQuery = () =>
  queryOptions({
    queryKey: ['me'],
    queryFn: async (): Promise<Me> => {
      const me = await data(api.GET('/admin/v1/me'));
      return { username: me.username, role: me.role as Role, orgId: me.org_id ?? null };
    },
    staleTime: 60_000,
  });

export function useMe() {
  return useQuery(meQuery());
}

/** What the signed-in user may do: viewers get no write controls at all. */
export function canWrite(me: Me | undefined, orgId?: string | null): boolean {
  if (!me) return false;
  if (me.role === 'platform-admin') return true;
  return me.role === 'tenant-admin' && (orgId == null || me.orgId === orgId);
}
