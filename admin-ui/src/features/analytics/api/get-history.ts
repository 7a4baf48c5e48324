import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, data } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';
import type { HistoryFilter, HistoryPage } from './types';

type HistoryQuery = components['schemas']['AnalyticsSchemas.HistoryQuery'];

export const HISTORY_PAGE = 25;

/** A page of the learning or memory history, newest first; empty filters are left out. */
export const getHistory = async (appId: string, f: HistoryFilter): Promise<HistoryPage> => {
  const body: HistoryQuery = { source: f.source, days: f.days, limit: HISTORY_PAGE, offset: f.offset };
  for (const k of ['event_types', 'domains', 'agents', 'users'] as const) if (f[k].length) body[k] = f[k];
  return (await data(
    api.POST('/admin/v1/apps/{appId}/analytics/history', { params: { path: { appId } }, body }),
  )) as unknown as HistoryPage;
};
export const historyQuery = (appId: string, f: HistoryFilter) =>
  queryOptions({ queryKey: ['apps', appId, 'analytics', 'history', f], queryFn: () => getHistory(appId, f), placeholderData: keepPreviousData });
export const useHistory = (appId: string, f: HistoryFilter) => useQuery(historyQuery(appId, f));
