import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { ListPage } from '@/components/ui/list-page';
import { canWrite, type Me } from '@/lib/auth';
import { formatTime } from '@/lib/format';
import { useDeleteUser } from '../api/delete-user';
import { useUsers } from '../api/get-users';
import { ChangeRoleForm } from './change-role-form';
import { CreateUserForm } from './create-user-form';

type User = { id: string; username: string; role: string; org_id?: string | null; created_at: string };

/** Console users and their roles: create, change role, remove (admins); viewers only read. */
export function UsersPage({ me, orgs }: { me: Me; orgs: { id: string; name: string }[] }) {
  const users = useUsers();
  const remove = useDeleteUser();
  const orgName = (id: string | null | undefined) => (id ? (orgs.find((o) => o.id === id)?.name ?? id) : 'all organizations');
  const writer = me.role !== 'tenant-viewer';
  const mayChange = (u: User) => u.username !== me.username && (u.org_id ? canWrite(me, u.org_id) : me.role === 'platform-admin');
  return (
    <ListPage<User>
      title="Console users"
      create={writer ? { title: 'New user', content: <CreateUserForm me={me} orgs={orgs} /> } : null}
      listTitle="Users"
      query={users}
      what="users"
      rowKey={(u) => u.id}
      columns={[
        { header: 'Username', cell: (u) => u.username },
        { header: 'Role', cell: (u) => <span className="badge">{u.role}</span> },
        { header: 'Organization', cell: (u) => orgName(u.org_id) },
        { header: 'Created', cell: (u) => formatTime(u.created_at) },
      ]}
      actions={
        writer
          ? (u) =>
              mayChange(u) && (
                <>
                  <ChangeRoleForm user={u} me={me} orgs={orgs} />
                  <ConfirmDialog
                    trigger="Remove"
                    triggerLabel={`Remove ${u.username}`}
                    title={`Remove user ${u.username}?`}
                    confirm="Remove user"
                    onConfirm={() => remove.mutateAsync(u.id)}
                  >
                    <p>They can no longer sign in to the console.</p>
                  </ConfirmDialog>
                </>
              )
          : undefined
      }
    />
  );
}
