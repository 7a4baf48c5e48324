import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, data } from '@/lib/api-client';

const path = (appId: string, id: string) => ({ params: { path: { appId, id } } });

export const getMemory = (appId: string, id: string) => data(api.GET('/admin/v1/apps/{appId}/memories/{id}', path(appId, id)));
export const memoryQuery = (appId: string, id: string) => queryOptions({ queryKey: ['memory', appId, id], queryFn: () => getMemory(appId, id) });
export const useMemory = (appId: string, id: string) => useQuery(memoryQuery(appId, id));
