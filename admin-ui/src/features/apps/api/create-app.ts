import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, data } from '@/lib/api-client';

export type AppInput = { name: string; description: string };

export const createApp = ({ orgId, name, description }: AppInput & { orgId: string }) =>
  data(api.POST('/admin/v1/orgs/{orgId}/apps', { params: { path: { orgId } }, body: { name, description: description || null } }));

export function useCreateApp() {
  const client = useQueryClient();
  return useMutation({ mutationFn: createApp, onSuccess: () => client.invalidateQueries({ queryKey: ['apps'] }) });
}
