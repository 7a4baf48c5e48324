import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, data } from '@/lib/api-client';

export type RoleChange = { userId: string; role: string; orgId: string | null };

/** PUT /admin/v1/users/{id}/role: the user's sessions end, the new role holds from its next sign-in. */
export const changeRole = ({ userId, role, orgId }: RoleChange) =>
  data(api.PUT('/admin/v1/users/{userId}/role', { params: { path: { userId } }, body: { role, org_id: orgId } }));

export function useChangeRole() {
  const client = useQueryClient();
  return useMutation({ mutationFn: changeRole, onSuccess: () => client.invalidateQueries({ queryKey: ['users'] }) });
}
