import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, data } from '@/lib/api-client';
import type { ScheduleBody } from './types';

export type SaveSchedule = { orgId: string; scheduleId?: string; body: ScheduleBody };

/** Creates a schedule, or changes one when `scheduleId` is given. */
export const saveSchedule = ({ orgId, scheduleId, body }: SaveSchedule) =>
  scheduleId
    ? data(api.PATCH('/admin/v1/orgs/{orgId}/report-schedules/{scheduleId}', { params: { path: { orgId, scheduleId } }, body }))
    : data(api.POST('/admin/v1/orgs/{orgId}/report-schedules', { params: { path: { orgId } }, body }));

export function useSaveSchedule() {
  const client = useQueryClient();
  return useMutation({ mutationFn: saveSchedule, onSuccess: (_, v) => client.invalidateQueries({ queryKey: ['orgs', v.orgId, 'schedules'] }) });
}
