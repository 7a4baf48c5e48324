import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, data } from '@/lib/api-client';
import type { Trend } from './types';

export type TrendParams = { domain: string; metric: string; bucket: 'day' | 'week'; days: number };

export const getTrend = async (appId: string, p: TrendParams): Promise<Trend> =>
  (await data(
    api.GET('/admin/v1/apps/{appId}/analytics/trends/{domain}', {
      params: { path: { appId, domain: p.domain }, query: { metric: p.metric, bucket: p.bucket, days: p.days } },
    }),
  )) as unknown as Trend;
export const trendQuery = (appId: string, p: TrendParams) =>
  queryOptions({ queryKey: ['apps', appId, 'analytics', 'trend', p], queryFn: () => getTrend(appId, p), placeholderData: keepPreviousData });
export const useTrend = (appId: string, p: TrendParams) => useQuery(trendQuery(appId, p));
