import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, data } from '@/lib/api-client';
import type { Dashboard } from './types';

export const getDashboard = async (appId: string, days: number): Promise<Dashboard> =>
  (await data(api.GET('/admin/v1/apps/{appId}/analytics/dashboard', { params: { path: { appId }, query: { days } } }))) as unknown as Dashboard;
export const dashboardQuery = (appId: string, days: number) =>
  queryOptions({ queryKey: ['apps', appId, 'analytics', 'dashboard', days], queryFn: () => getDashboard(appId, days) });
export const useDashboard = (appId: string, days: number) => useQuery(dashboardQuery(appId, days));
