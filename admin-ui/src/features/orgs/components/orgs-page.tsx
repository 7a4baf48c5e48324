import { useState } from 'react';
import { Link } from 'react-router';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { InlineForm } from '@/components/ui/inline-form';
import { ListPage } from '@/components/ui/list-page';
import { useMe } from '@/lib/auth';
import { formatTime } from '@/lib/format';
import { useCreateOrg } from '../api/create-org';
import { useDeleteOrg } from '../api/delete-org';
import { useOrgs } from '../api/get-orgs';
import { useRenameOrg } from '../api/rename-org';

const nameField = { name: 'name', label: 'Name', required: true, maxLength: 100 };

type Org = { id: string; name: string; created_at: string };

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
    <ListPage<Org>
      title="Organizations"
      create={
        admin
          ? {
              title: 'New organization',
              content: <InlineForm fields={[nameField]} submitLabel="Create organization" onSubmit={(v) => create.mutateAsync(v.name!.trim())} />,
            }
          : null
      }
      listTitle="All organizations"
      query={orgs}
      what="organizations"
      empty="No organizations yet. Create the first one above."
      rowKey={(o) => o.id}
      columns={[
        {
          header: 'Name',
          cell: (org) =>
            renaming === org.id ? (
              <InlineForm
                title={`Rename ${org.name}`}
                fields={[{ ...nameField, label: 'New name', initial: org.name }]}
                submitLabel="Save name"
                onSubmit={(v) => rename.mutateAsync({ orgId: org.id, name: v.name!.trim() })}
                onDone={() => setRenaming(null)}
              />
            ) : (
              <Link to={`/orgs/${org.id}`}>{org.name}</Link>
            ),
        },
        { header: 'Id', cell: (org) => <code>{org.id}</code> },
        { header: 'Created', cell: (org) => formatTime(org.created_at) },
        { header: 'Analytics', cell: (org) => <Link to={`/orgs/${org.id}/analytics`} aria-label={`Analytics of ${org.name}`}>Analytics</Link> },
      ]}
      actions={
        admin
          ? (org) => (
              <>
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
              </>
            )
          : undefined
      }
    />
  );
}
