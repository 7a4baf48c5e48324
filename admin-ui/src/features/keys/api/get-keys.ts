import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, data } from '@/lib/api-client';

export const getKeys = (appId: string) => data(api.GET('/admin/v1/apps/{appId}/keys', { params: { path: { appId } } }));
export const keysQuery = (appId: string) => queryOptions({ queryKey: ['keys', appId], queryFn: () => getKeys(appId) });
export const useKeys = (appId: string) => useQuery(keysQuery(appId));
