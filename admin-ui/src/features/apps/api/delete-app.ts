import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, data } from '@/lib/api-client';

export const deleteApp = (appId: string) => data(api.DELETE('/admin/v1/apps/{appId}', { params: { path: { appId } } }));

export function useDeleteApp() {
  const client = useQueryClient();
  return useMutation({ mutationFn: deleteApp, onSuccess: () => client.invalidateQueries({ queryKey: ['apps'] }) });
}
