import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, data } from '@/lib/api-client';
import type { OrgAnalytics } from './types';

export const getOrgAnalytics = async (orgId: string, days: number): Promise<OrgAnalytics> =>
  (await data(api.GET('/admin/v1/orgs/{orgId}/analytics', { params: { path: { orgId }, query: { days } } }))) as unknown as OrgAnalytics;
export const orgAnalyticsQuery = (orgId: string, days: number) =>
  queryOptions({ queryKey: ['orgs', orgId, 'analytics', days], queryFn: () => getOrgAnalytics(orgId, days) });
export const useOrgAnalytics = (orgId: string, days: number) => useQuery(orgAnalyticsQuery(orgId, days));
