import { Link } from 'react-router';
import { InlineForm } from '@/components/ui/inline-form';
import { PageHeader } from '@/components/ui/page-header';
import { ErrorState, Loading, QueryState } from '@/components/ui/states';
import { canWrite, useMe } from '@/lib/auth';
import { formatTime } from '@/lib/format';
import { useCreateApp } from '../api/create-app';
import { useApps } from '../api/get-apps';
import { appFields } from './app-fields';

/** The apps of an organization; admins of the organization create them here. */
export function OrgAppsPage({ orgId, orgName }: { orgId: string; orgName?: string }) {
  const apps = useApps(orgId);
  const me = useMe().data;
  const create = useCreateApp();
  const writable = canWrite(me, orgId);
  if (apps.isPending) return <Loading what="Loading apps" />;
  if (apps.isError) return <ErrorState error={apps.error} what="organization" onRetry={() => void apps.refetch()} />;
  return (
    <>
      <PageHeader title={orgName ? `Apps of ${orgName}` : 'Apps'}>
        <Link className="btn" to={`/orgs/${orgId}/analytics`}>
          Organization analytics
        </Link>
        <Link className="btn" to={`/orgs/${orgId}/reports`}>
          Report schedules
        </Link>
      </PageHeader>
      {writable && (
        <section className="card" aria-labelledby="new-app">
          <h2 id="new-app">New app</h2>
          <InlineForm
            fields={appFields()}
            submitLabel="Create app"
            onSubmit={(v) => create.mutateAsync({ orgId, name: v.name!.trim(), description: v.description!.trim() })}
          />
        </section>
      )}
      <section className="card" aria-labelledby="app-list">
        <h2 id="app-list">Apps</h2>
        <QueryState query={apps} what="apps" isEmpty={(d) => d.length === 0} empty={writable ? 'No apps yet. Create one above.' : 'No apps yet.'}>
          {(list) => (
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">Name</th>
                    <th scope="col">Description</th>
                    <th scope="col">Id</th>
                    <th scope="col">Created</th>
                  </tr>
                </thead>
                <tbody>
                  {list.map((app) => (
                    <tr key={app.id}>
                      <td data-label="Name">
                        <Link to={`/apps/${app.id}`}>{app.name}</Link>
                        {app.search_index === 'building' && (
                          <>
                            {' '}
                            <span className="badge badge-building" title={app.search_index_detail ?? undefined}>
                              search index building
                            </span>
                          </>
                        )}
                      </td>
                      <td data-label="Description">{app.description ?? '–'}</td>
                      <td data-label="Id">
                        <code>{app.id}</code>
                      </td>
                      <td data-label="Created">{formatTime(app.created_at)}</td>
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
