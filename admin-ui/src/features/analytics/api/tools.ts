import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, data } from '@/lib/api-client';

export type ToolSession = { session_id: string; tool_id: string; user_id?: string | null; status: string; started_at: string };
export type Comparison = { hours: number; tools: Record<string, Record<string, unknown>> };

export const getActiveSessions = async (appId: string): Promise<ToolSession[]> =>
  ((await data(api.GET('/admin/v1/apps/{appId}/tool-sessions/active', { params: { path: { appId }, query: {} } }))) as unknown as { sessions: ToolSession[] }).sessions;
export const activeSessionsQuery = (appId: string) =>
  queryOptions({ queryKey: ['apps', appId, 'tool-sessions'], queryFn: () => getActiveSessions(appId), refetchInterval: 15_000 });
export const useActiveSessions = (appId: string) => useQuery(activeSessionsQuery(appId));

export const compareTools = async (appId: string, toolIds: string[], hours: number): Promise<Comparison> =>
  (await data(api.GET('/admin/v1/apps/{appId}/metrics/compare', { params: { path: { appId }, query: { tool_ids: toolIds, hours } } }))) as unknown as Comparison;
export const comparisonQuery = (appId: string, toolIds: string[], hours: number) =>
  queryOptions({
    queryKey: ['apps', appId, 'compare', toolIds, hours],
    queryFn: () => compareTools(appId, toolIds, hours),
    enabled: toolIds.length >= 2,
    placeholderData: keepPreviousData,
  });
export const useComparison = (appId: string, toolIds: string[], hours: number) => useQuery(comparisonQuery(appId, toolIds, hours));
