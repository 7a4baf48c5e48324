import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, data } from '@/lib/api-client';

export const getApps = (orgId: string) => data(api.GET('/admin/v1/orgs/{orgId}/apps', { params: { path: { orgId } } }));
export const appsQuery = (orgId: string) => queryOptions({ queryKey: ['apps', 'org', orgId], queryFn: () => getApps(orgId) });
export const useApps = (orgId: string) => useQuery(appsQuery(orgId));
