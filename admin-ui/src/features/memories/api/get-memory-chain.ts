import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, data } from '@/lib/api-client';

export const getMemoryChain = (appId: string, id: string) =>
  data(api.GET('/admin/v1/apps/{appId}/memories/{id}/chain', { params: { path: { appId, id } } }));
export const memoryChainQuery = (appId: string, id: string) =>
  queryOptions({ queryKey: ['memory', appId, id, 'chain'], queryFn: () => getMemoryChain(appId, id) });
export const useMemoryChain = (appId: string, id: string) => useQuery(memoryChainQuery(appId, id));
