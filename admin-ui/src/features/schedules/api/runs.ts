import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, data, rawFetch } from '@/lib/api-client';

export const getRuns = (orgId: string, scheduleId: string) =>
  data(api.GET('/admin/v1/orgs/{orgId}/report-schedules/{scheduleId}/runs', { params: { path: { orgId, scheduleId }, query: { limit: 20 } } }));

/** The runs of a schedule, refreshed while one is queued or running. */
export const runsQuery = (orgId: string, scheduleId: string) =>
  queryOptions({
    queryKey: ['orgs', orgId, 'schedules', scheduleId, 'runs'],
    queryFn: () => getRuns(orgId, scheduleId),
    refetchInterval: (q) => (q.state.data?.some((r) => ['queued', 'running', 'retrying'].includes(r.status)) ? 2_000 : false),
  });
export const useRuns = (orgId: string, scheduleId: string) => useQuery(runsQuery(orgId, scheduleId));

export const runNow = ({ orgId, scheduleId }: { orgId: string; scheduleId: string }) =>
  data(api.POST('/admin/v1/orgs/{orgId}/report-schedules/{scheduleId}/run', { params: { path: { orgId, scheduleId } } }));

export function useRunNow() {
  const client = useQueryClient();
  return useMutation({ mutationFn: runNow, onSuccess: (_, v) => client.invalidateQueries({ queryKey: ['orgs', v.orgId, 'schedules', v.scheduleId, 'runs'] }) });
}

/** A file of a past run, downloaded with the session's token. */
export async function downloadRunFile(href: string, fileName: string) {
  const response = await rawFetch(href);
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
