import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, data } from '@/lib/api-client';
import type { Metrics } from './types';

/** The app's metrics of the last `days` UTC days (1 = today) across every domain. */
export const getMetrics = async (appId: string, days: number): Promise<Metrics> =>
  (await data(
    api.GET('/admin/v1/apps/{appId}/analytics/metrics/{domain}', { params: { path: { appId, domain: 'all' }, query: { days } } }),
  )) as unknown as Metrics;
export const metricsQuery = (appId: string, days: number) =>
  queryOptions({ queryKey: ['apps', appId, 'analytics', 'metrics', days], queryFn: () => getMetrics(appId, days), refetchInterval: 30_000 });
export const useMetrics = (appId: string, days: number) => useQuery(metricsQuery(appId, days));
