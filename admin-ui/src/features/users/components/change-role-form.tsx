import { useState, type FormEvent } from 'react';
import { SelectField } from '@/components/ui/field';
import { fieldError } from '@/lib/api-error';
import type { Me } from '@/lib/auth';
import { useChangeRole } from '../api/change-role';

type User = { id: string; username: string; role: string; org_id?: string | null };

/**
 * A user's role, changed in place: tenant admins switch between tenant-admin and tenant-viewer,
 * platform admins may also make platform admins (or move one into an organization).
 */
export function ChangeRoleForm({ user, me, orgs }: { user: User; me: Me; orgs: { id: string; name: string }[] }) {
  const change = useChangeRole();
  const [role, setRole] = useState(user.role);
  const [orgId, setOrgId] = useState(user.org_id ?? me.orgId ?? orgs[0]?.id ?? '');
  const [done, setDone] = useState(false);
  const needsOrg = role !== 'platform-admin' && !user.org_id;

  function submit(e: FormEvent) {
    e.preventDefault();
    setDone(false);
    if (role === user.role) return;
    change.mutate(
      { userId: user.id, role, orgId: role === 'platform-admin' ? null : needsOrg ? orgId : null },
      { onSuccess: () => setDone(true) },
    );
  }

  const error = change.error instanceof Error ? change.error.message : undefined;
  return (
    <form className="role-form" onSubmit={submit} noValidate aria-label={`Change the role of ${user.username}`}>
      <SelectField label={`Role of ${user.username}`} name="role" value={role} onChange={(e) => setRole(e.target.value)} error={fieldError(change.error, 'role') ?? (fieldError(change.error, 'org_id') ? undefined : error)}>
        <option value="tenant-viewer">tenant-viewer</option>
        <option value="tenant-admin">tenant-admin</option>
        {me.role === 'platform-admin' && <option value="platform-admin">platform-admin</option>}
      </SelectField>
      {needsOrg && (
        <SelectField label="Organization" name="org_id" value={orgId} onChange={(e) => setOrgId(e.target.value)} error={fieldError(change.error, 'org_id')}>
          {orgs.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </SelectField>
      )}
      <button className="btn" type="submit" disabled={change.isPending || role === user.role}>
        Change role
      </button>
      {done && (
        <span role="status" className="muted">
          Role changed; their sessions ended.
        </span>
      )}
    </form>
  );
}
