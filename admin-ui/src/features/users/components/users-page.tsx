import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { PageHeader } from '@/components/ui/page-header';
import { QueryState } from '@/components/ui/states';
import { canWrite, type Me } from '@/lib/auth';
import { formatTime } from '@/lib/format';
import { useDeleteUser } from '../api/delete-user';
import { useUsers } from '../api/get-users';
import { CreateUserForm } from './create-user-form';

/**
 * Console users and their roles. The API has no role change: to change a role, create the user
 * again with the new role and remove the old one.
 */
export function UsersPage({ me, orgs }: { me: Me; orgs: { id: string; name: string }[] }) {
  const users = useUsers();
  const remove = useDeleteUser();
  const orgName = (id: string | null | undefined) => (id ? (orgs.find((o) => o.id === id)?.name ?? id) : 'all organizations');
  const writer = me.role !== 'tenant-viewer';
  return (
    <>
      <PageHeader title="Console users" />
      {writer && (
        <section className="card" aria-labelledby="new-user">
          <h2 id="new-user">New user</h2>
          <CreateUserForm me={me} orgs={orgs} />
        </section>
      )}
      <section className="card" aria-labelledby="user-list">
        <h2 id="user-list">Users</h2>
        <QueryState query={users} what="users" isEmpty={(d) => d.length === 0}>
          {(list) => (
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">Username</th>
                    <th scope="col">Role</th>
                    <th scope="col">Organization</th>
                    <th scope="col">Created</th>
                    {writer && <th scope="col">Actions</th>}
                  </tr>
                </thead>
                <tbody>
                  {list.map((u) => (
                    <tr key={u.id}>
                      <td data-label="Username">{u.username}</td>
                      <td data-label="Role">
                        <span className="badge">{u.role}</span>
                      </td>
                      <td data-label="Organization">{orgName(u.org_id)}</td>
                      <td data-label="Created">{formatTime(u.created_at)}</td>
                      {writer && (
                        <td data-label="Actions" className="actions">
                          {u.username !== me.username && (u.org_id ? canWrite(me, u.org_id) : me.role === 'platform-admin') && (
                            <ConfirmDialog
                              trigger="Remove"
                              triggerLabel={`Remove ${u.username}`}
                              title={`Remove user ${u.username}?`}
                              confirm="Remove user"
                              onConfirm={() => remove.mutateAsync(u.id)}
                            >
                              <p>They can no longer sign in to the console.</p>
                            </ConfirmDialog>
                          )}
                        </td>
                      )}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </QueryState>
      </section>
    </>
  );
}
