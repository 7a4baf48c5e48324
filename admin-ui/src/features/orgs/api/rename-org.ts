import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, data } from '@/lib/api-client';

export const renameOrg = ({ orgId, name }: { orgId: string; name: string }) =>
  data(api.PATCH('/admin/v1/orgs/{orgId}', { params: { path: { orgId } }, body: { name } }));

export function useRenameOrg() {
  const client = useQueryClient();
  return useMutation({ mutationFn: renameOrg, onSuccess: () => client.invalidateQueries({ queryKey: ['orgs'] }) });
}
