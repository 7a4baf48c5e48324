import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, data } from '@/lib/api-client';
import type { Insight } from './types';

export type Insights = { domain: string; threshold: number; insights: Insight[] };

export const getInsights = async (appId: string, domain: string, days: number): Promise<Insights> =>
  (await data(api.GET('/admin/v1/apps/{appId}/analytics/insights', { params: { path: { appId }, query: { domain, days } } }))) as unknown as Insights;
export const insightsQuery = (appId: string, domain: string, days: number) =>
  queryOptions({ queryKey: ['apps', appId, 'analytics', 'insights', domain, days], queryFn: () => getInsights(appId, domain, days) });
export const useInsights = (appId: string, domain: string, days: number) => useQuery(insightsQuery(appId, domain, days));
