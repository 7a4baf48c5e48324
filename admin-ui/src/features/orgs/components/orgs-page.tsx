import { useState } from 'react';
import { Link } from 'react-router';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { InlineForm } from '@/components/ui/inline-form';
import { PageHeader } from '@/components/ui/page-header';
import { QueryState } from '@/components/ui/states';
import { useMe } from '@/lib/auth';
import { formatTime } from '@/lib/format';
import { useCreateOrg } from '../api/create-org';
import { useDeleteOrg } from '../api/delete-org';
import { useOrgs } from '../api/get-orgs';
import { useRenameOrg } from '../api/rename-org';

const nameField = { name: 'name', label: 'Name', required: true, maxLength: 100 };

/** Organizations: platform admins create, rename and delete; tenant users see their own. */
export function OrgsPage() {
  const orgs = useOrgs();
  const me = useMe().data;
  const admin = me?.role === 'platform-admin';
  const create = useCreateOrg();
  const rename = useRenameOrg();
  const remove = useDeleteOrg();
  const [renaming, setRenaming] = useState<string | null>(null);

  return (
    <>
      <PageHeader title="Organizations" />
      {admin && (
        <section className="card" aria-labelledby="new-org">
          <h2 id="new-org">New organization</h2>
          <InlineForm fields={[nameField]} submitLabel="Create organization" onSubmit={(v) => create.mutateAsync(v.name!.trim())} />
        </section>
      )}
      <section className="card" aria-labelledby="org-list">
        <h2 id="org-list">All organizations</h2>
        <QueryState query={orgs} what="organizations" isEmpty={(d) => d.length === 0} empty="No organizations yet. Create the first one above.">
          {(list) => (
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">Name</th>
                    <th scope="col">Id</th>
                    <th scope="col">Created</th>
                    {admin && <th scope="col">Actions</th>}
                  </tr>
                </thead>
                <tbody>
                  {list.map((org) => (
                    <tr key={org.id}>
                      <td data-label="Name">
                        {renaming === org.id ? (
                          <InlineForm
                            title={`Rename ${org.name}`}
                            fields={[{ ...nameField, label: 'New name', initial: org.name }]}
                            submitLabel="Save name"
                            onSubmit={(v) => rename.mutateAsync({ orgId: org.id, name: v.name!.trim() })}
                            onDone={() => setRenaming(null)}
                          />
                        ) : (
                          <Link to={`/orgs/${org.id}`}>{org.name}</Link>
                        )}
                      </td>
                      <td data-label="Id">
                        <code>{org.id}</code>
                      </td>
                      <td data-label="Created">{formatTime(org.created_at)}</td>
                      {admin && (
                        <td data-label="Actions" className="actions">
                          <button type="button" className="btn" onClick={() => setRenaming(renaming === org.id ? null : org.id)} aria-label={`Rename ${org.name}`}>
                            {renaming === org.id ? 'Cancel' : 'Rename'}
                          </button>
                          <ConfirmDialog
                            trigger="Delete"
                            triggerLabel={`Delete ${org.name}`}
                            title={`Delete organization ${org.name}?`}
                            confirm="Delete organization"
                            typeToConfirm={org.name}
                            onConfirm={() => remove.mutateAsync(org.id)}
                          >
                            <p>Its apps, API keys, users and memories are deleted too. This cannot be undone.</p>
                          </ConfirmDialog>
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
