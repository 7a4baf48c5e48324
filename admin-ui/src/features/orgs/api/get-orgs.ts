import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, data } from '@/lib/api-client';

export const getOrgs = () => data(api.GET('/admin/v1/orgs'));
export const orgsQuery = () => queryOptions({ queryKey: ['orgs'], queryFn: getOrgs });
export const useOrgs = () => useQuery(orgsQuery());
