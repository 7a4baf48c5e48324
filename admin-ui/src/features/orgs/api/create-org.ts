import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, data } from '@/lib/api-client';

export const createOrg = (name: string) => data(api.POST('/admin/v1/orgs', { body: { name } }));

export function useCreateOrg() {
  const client = useQueryClient();
  return useMutation({ mutationFn: createOrg, onSuccess: () => client.invalidateQueries({ queryKey: ['orgs'] }) });
}
