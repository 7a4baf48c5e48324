import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, data } from '@/lib/api-client';

export type Component = { name?: string; status: string | { name?: string }; details?: Record<string, unknown> | null };
export type Health = { status: string; version?: string; details?: Record<string, Component> | null };

/** GET /admin/v1/health: the components for platform admins, the overall status for others. */
export const getHealth = async (): Promise<Health> => (await data(api.GET('/admin/v1/health'))) as Health;

export const healthQuery = () => queryOptions({ queryKey: ['health'], queryFn: getHealth, refetchInterval: 15_000 });
export const useHealth = () => useQuery(healthQuery());
