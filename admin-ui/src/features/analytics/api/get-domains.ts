import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, data } from '@/lib/api-client';

export const getDomains = async (appId: string): Promise<string[]> =>
  ((await data(api.GET('/admin/v1/apps/{appId}/analytics/domains', { params: { path: { appId } } }))) as unknown as { domains: string[] }).domains;
export const domainsQuery = (appId: string) => queryOptions({ queryKey: ['apps', appId, 'analytics', 'domains'], queryFn: () => getDomains(appId) });
export const useDomains = (appId: string) => useQuery(domainsQuery(appId));
