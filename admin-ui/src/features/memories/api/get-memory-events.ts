import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, data } from '@/lib/api-client';

export const getMemoryEvents = (appId: string, id: string) =>
  data(api.GET('/admin/v1/apps/{appId}/memories/{id}/events', { params: { path: { appId, id } } }));
export const memoryEventsQuery = (appId: string, id: string) =>
  queryOptions({ queryKey: ['memory', appId, id, 'events'], queryFn: () => getMemoryEvents(appId, id) });
export const useMemoryEvents = (appId: string, id: string) => useQuery(memoryEventsQuery(appId, id));
