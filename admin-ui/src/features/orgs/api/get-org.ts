import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, data } from '@/lib/api-client';

export const getOrg = (orgId: string) => data(api.GET('/admin/v1/orgs/{orgId}', { params: { path: { orgId } } }));
export const orgQuery = (orgId: string) => queryOptions({ queryKey: ['orgs', orgId], queryFn: () => getOrg(orgId) });
export const useOrg = (orgId: string) => useQuery(orgQuery(orgId));
