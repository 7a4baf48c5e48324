import { useState, type FormEvent } from 'react';
import { Banner } from '@/components/ui/banner';
import { SelectField, TextField } from '@/components/ui/field';
import { fieldError, formError } from '@/lib/api-error';
import type { Me } from '@/lib/auth';
import { useCreateUser } from '../api/create-user';

const USERNAME = /^[A-Za-z0-9._@-]{3,100}$/;

/** A console user: username, initial password, role and organization. */
export function CreateUserForm({ me, orgs }: { me: Me; orgs: { id: string; name: string }[] }) {
  const create = useCreateUser();
  const platform = me.role === 'platform-admin';
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [role, setRole] = useState('tenant-viewer');
  const [orgId, setOrgId] = useState(me.orgId ?? orgs[0]?.id ?? '');
  const [local, setLocal] = useState<Record<string, string | undefined>>({});
  const [created, setCreated] = useState<string | null>(null);

  function submit(e: FormEvent) {
    e.preventDefault();
    const found = {
      username: USERNAME.test(username) ? undefined : "Use 3 to 100 letters, digits, '.', '_', '@' or '-'.",
      password: password.length < 12 || password.length > 200 ? 'Use 12 to 200 characters.' : undefined,
      org_id: role !== 'platform-admin' && !orgId ? 'Choose an organization.' : undefined,
    };
    setLocal(found);
    setCreated(null);
    if (Object.values(found).some(Boolean)) return;
    create.mutate(
      { username, password, role, orgId: role === 'platform-admin' ? null : orgId },
      {
        onSuccess: (u) => {
          setCreated(u.username);
          setUsername('');
          setPassword('');
        },
      },
    );
  }

  const general = formError(create.error, ['username', 'password', 'role', 'org_id']);
  return (
    <form className="inline-form" onSubmit={submit} noValidate aria-label="Create console user">
      {general && <Banner kind="error">{general.message}</Banner>}
      {created && <Banner kind="success">User {created} created. Give them the password through a safe channel.</Banner>}
      <TextField label="Username" name="username" autoComplete="off" value={username} onChange={(e) => setUsername(e.target.value)} error={local.username ?? fieldError(create.error, 'username')} />
      <TextField
        label="Initial password"
        name="password"
        type="password"
        autoComplete="new-password"
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        hint="12 characters or more."
        error={local.password ?? fieldError(create.error, 'password')}
      />
      <SelectField label="Role" name="role" value={role} onChange={(e) => setRole(e.target.value)} error={fieldError(create.error, 'role')}>
        <option value="tenant-viewer">tenant-viewer — reads its organization</option>
        <option value="tenant-admin">tenant-admin — manages its organization</option>
        {platform && <option value="platform-admin">platform-admin — every organization</option>}
      </SelectField>
      {role !== 'platform-admin' && (
        <SelectField label="Organization" name="org_id" value={orgId} onChange={(e) => setOrgId(e.target.value)} error={local.org_id ?? fieldError(create.error, 'org_id')}>
          {orgs.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </SelectField>
      )}
      <button className="btn btn-primary" type="submit" disabled={create.isPending}>
        {create.isPending ? 'Creating…' : 'Create user'}
      </button>
    </form>
  );
}
