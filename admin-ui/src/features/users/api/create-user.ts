import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, data } from '@/lib/api-client';

export type UserInput = { username: string; password: string; role: string; orgId: string | null };

export const createUser = ({ username, password, role, orgId }: UserInput) =>
  data(api.POST('/admin/v1/users', { body: { username, password, role, org_id: orgId } }));

export function useCreateUser() {
  const client = useQueryClient();
  return useMutation({ mutationFn: createUser, onSuccess: () => client.invalidateQueries({ queryKey: ['users'] }) });
}
