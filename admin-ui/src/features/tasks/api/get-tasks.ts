import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, data } from '@/lib/api-client';

export const getTasks = (appId: string) => data(api.GET('/admin/v1/apps/{appId}/tasks', { params: { path: { appId }, query: { limit: 50 } } }));
export const tasksQuery = (appId: string) => queryOptions({ queryKey: ['tasks', appId], queryFn: () => getTasks(appId), refetchInterval: 10_000 });
export const useTasks = (appId: string) => useQuery(tasksQuery(appId));
