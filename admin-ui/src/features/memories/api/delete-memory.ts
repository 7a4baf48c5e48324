import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, data } from '@/lib/api-client';

export const deleteMemory = ({ appId, id }: { appId: string; id: string }) =>
  data(api.DELETE('/admin/v1/apps/{appId}/memories/{id}', { params: { path: { appId, id }, query: { reason: 'deleted in the console' } } }));

export function useDeleteMemory() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: deleteMemory,
    onSuccess: () => Promise.all([client.invalidateQueries({ queryKey: ['memory'] }), client.invalidateQueries({ queryKey: ['memories'] })]),
  });
}
