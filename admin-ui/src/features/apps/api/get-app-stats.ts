import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, data } from '@/lib/api-client';

export const getAppStats = (appId: string) => data(api.GET('/admin/v1/apps/{appId}/stats', { params: { path: { appId } } }));
export const appStatsQuery = (appId: string) => queryOptions({ queryKey: ['apps', appId, 'stats'], queryFn: () => getAppStats(appId) });
export const useAppStats = (appId: string) => useQuery(appStatsQuery(appId));
