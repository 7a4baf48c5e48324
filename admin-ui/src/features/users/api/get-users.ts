import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, data } from '@/lib/api-client';

export const getUsers = (orgId?: string) => data(api.GET('/admin/v1/users', { params: { query: orgId ? { org_id: orgId } : {} } }));
export const usersQuery = (orgId?: string) => queryOptions({ queryKey: ['users', orgId ?? 'all'], queryFn: () => getUsers(orgId) });
export const useUsers = (orgId?: string) => useQuery(usersQuery(orgId));
