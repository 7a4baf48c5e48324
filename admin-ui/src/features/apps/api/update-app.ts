import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, data } from '@/lib/api-client';
import type { AppInput } from './create-app';

export const updateApp = ({ appId, name, description }: AppInput & { appId: string }) =>
  data(api.PATCH('/admin/v1/apps/{appId}', { params: { path: { appId } }, body: { name, description } }));

export function useUpdateApp() {
  const client = useQueryClient();
  return useMutation({ mutationFn: updateApp, onSuccess: () => client.invalidateQueries({ queryKey: ['apps'] }) });
}
