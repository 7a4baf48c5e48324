import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, data } from '@/lib/api-client';

export const getMemoryUsers = (appId: string, prefix: string) =>
  data(api.GET('/admin/v1/apps/{appId}/memory-users', { params: { path: { appId }, query: { prefix, limit: 50 } } }));
export const memoryUsersQuery = (appId: string, prefix: string) =>
  queryOptions({ queryKey: ['memory-users', appId, prefix], queryFn: () => getMemoryUsers(appId, prefix), placeholderData: keepPreviousData });
export const useMemoryUsers = (appId: string, prefix: string) => useQuery(memoryUsersQuery(appId, prefix));
