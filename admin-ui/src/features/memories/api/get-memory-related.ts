import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, data } from '@/lib/api-client';

export const getMemoryRelated = (appId: string, id: string) =>
  data(api.GET('/admin/v1/apps/{appId}/memories/{id}/related', { params: { path: { appId, id } } }));
export const memoryRelatedQuery = (appId: string, id: string) =>
  queryOptions({ queryKey: ['memory', appId, id, 'related'], queryFn: () => getMemoryRelated(appId, id) });
export const useMemoryRelated = (appId: string, id: string) => useQuery(memoryRelatedQuery(appId, id));
