import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, data } from '@/lib/api-client';

export type Search = { query: string; userId: string; statuses: string[] };

export const searchMemories = (appId: string, s: Search) =>
  data(
    api.POST('/admin/v1/apps/{appId}/memories/search', {
      params: { path: { appId } },
      body: { query: s.query, user_id: s.userId || null, limit: 20, filters: s.statuses.length ? { statuses: s.statuses } : null },
    }),
  );
export const searchQuery = (appId: string, s: Search | null) =>
  queryOptions({ queryKey: ['search', appId, s], queryFn: () => searchMemories(appId, s!), enabled: s != null, staleTime: 0 });
export const useSearch = (appId: string, s: Search | null) => useQuery(searchQuery(appId, s));
