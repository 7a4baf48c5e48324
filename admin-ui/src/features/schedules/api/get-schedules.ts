import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, data } from '@/lib/api-client';

export const getSchedules = (orgId: string) => data(api.GET('/admin/v1/orgs/{orgId}/report-schedules', { params: { path: { orgId } } }));
export const schedulesQuery = (orgId: string) => queryOptions({ queryKey: ['orgs', orgId, 'schedules'], queryFn: () => getSchedules(orgId) });
export const useSchedules = (orgId: string) => useQuery(schedulesQuery(orgId));
