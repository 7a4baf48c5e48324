import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, data } from '@/lib/api-client';

export const deleteOrg = (orgId: string) => data(api.DELETE('/admin/v1/orgs/{orgId}', { params: { path: { orgId } } }));

export function useDeleteOrg() {
  const client = useQueryClient();
  return useMutation({ mutationFn: deleteOrg, onSuccess: () => client.invalidateQueries({ queryKey: ['orgs'] }) });
}
