import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, data } from '@/lib/api-client';

export const eraseUser = ({ appId, userId }: { appId: string; userId: string }) =>
  data(api.DELETE('/admin/v1/apps/{appId}/memories', { params: { path: { appId }, query: { user_id: userId } } }));

export function useEraseUser() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: eraseUser,
    onSuccess: () => Promise.all([client.invalidateQueries({ queryKey: ['memories'] }), client.invalidateQueries({ queryKey: ['memory-users'] })]),
  });
}
