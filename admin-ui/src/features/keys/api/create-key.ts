import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, data } from '@/lib/api-client';

export type KeyInput = { appId: string; name: string; scopes: string[]; expiresAt: string | null };

export const createKey = ({ appId, name, scopes, expiresAt }: KeyInput) =>
  data(api.POST('/admin/v1/apps/{appId}/keys', { params: { path: { appId } }, body: { name, scopes, expires_at: expiresAt } }));

export function useCreateKey() {
  const client = useQueryClient();
  return useMutation({ mutationFn: createKey, onSuccess: () => client.invalidateQueries({ queryKey: ['keys'] }) });
}
