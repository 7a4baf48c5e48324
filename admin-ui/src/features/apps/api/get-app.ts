import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, data } from '@/lib/api-client';

export const getApp = (appId: string) => data(api.GET('/admin/v1/apps/{appId}', { params: { path: { appId } } }));
export const appQuery = (appId: string) => queryOptions({ queryKey: ['apps', appId], queryFn: () => getApp(appId) });
export const useApp = (appId: string) => useQuery(appQuery(appId));
