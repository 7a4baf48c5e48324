import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, data } from '@/lib/api-client';

export const deleteUser = (userId: string) => data(api.DELETE('/admin/v1/users/{userId}', { params: { path: { userId } } }));

export function useDeleteUser() {
  const client = useQueryClient();
  return useMutation({ mutationFn: deleteUser, onSuccess: () => client.invalidateQueries({ queryKey: ['users'] }) });
}
