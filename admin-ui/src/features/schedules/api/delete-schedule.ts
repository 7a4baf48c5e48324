import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, data } from '@/lib/api-client';

export const deleteSchedule = ({ orgId, scheduleId }: { orgId: string; scheduleId: string }) =>
  data(api.DELETE('/admin/v1/orgs/{orgId}/report-schedules/{scheduleId}', { params: { path: { orgId, scheduleId } } }));

export function useDeleteSchedule() {
  const client = useQueryClient();
  return useMutation({ mutationFn: deleteSchedule, onSuccess: (_, v) => client.invalidateQueries({ queryKey: ['orgs', v.orgId, 'schedules'] }) });
}
