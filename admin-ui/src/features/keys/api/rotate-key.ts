import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, data } from '@/lib/api-client';

export const rotateKey = (keyId: string) => data(api.POST('/admin/v1/keys/{keyId}/rotate', { params: { path: { keyId } } }));

export function useRotateKey() {
  const client = useQueryClient();
  return useMutation({ mutationFn: rotateKey, onSuccess: () => client.invalidateQueries({ queryKey: ['keys'] }) });
}
