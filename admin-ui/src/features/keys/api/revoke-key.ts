import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, data } from '@/lib/api-client';

export const revokeKey = (keyId: string) => data(api.POST('/admin/v1/keys/{keyId}/revoke', { params: { path: { keyId } } }));

export function useRevokeKey() {
  const client = useQueryClient();
  return useMutation({ mutationFn: revokeKey, onSuccess: () => client.invalidateQueries({ queryKey: ['keys'] }) });
}
