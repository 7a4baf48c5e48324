import { useState } from 'react';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { PageHeader } from '@/components/ui/page-header';
import { QueryState } from '@/components/ui/states';
import { canWrite, useMe } from '@/lib/auth';
import { formatTime } from '@/lib/format';
import { useKeys } from '../api/get-keys';
import { useRevokeKey } from '../api/revoke-key';
import { useRotateKey } from '../api/rotate-key';
import { CreateKeyForm } from './create-key-form';
import { IssuedKey } from './issued-key';

/** API keys of an app: create (secret shown once), list, rotate, revoke. */
export function KeysPage({ appId, orgId }: { appId: string; orgId: string }) {
  const keys = useKeys(appId);
  const me = useMe().data;
  const writable = canWrite(me, orgId);
  const rotate = useRotateKey();
  const revoke = useRevokeKey();
  const [issued, setIssued] = useState<{ secret: string; notice: string } | null>(null);

  return (
    <>
      <PageHeader title="API keys" />
      {issued && <IssuedKey secret={issued.secret} notice={issued.notice} onDismiss={() => setIssued(null)} />}
      {writable && (
        <section className="card" aria-labelledby="new-key">
          <h2 id="new-key">New key</h2>
          <CreateKeyForm appId={appId} onIssued={(secret, notice) => setIssued({ secret, notice })} />
        </section>
      )}
      <section className="card" aria-labelledby="key-list">
        <h2 id="key-list">Keys</h2>
        <QueryState query={keys} what="API keys" isEmpty={(d) => d.length === 0} empty="No API keys yet.">
          {(list) => (
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">Name</th>
                    <th scope="col">Prefix</th>
                    <th scope="col">Scopes</th>
                    <th scope="col">Created</th>
                    <th scope="col">Last used</th>
                    <th scope="col">Expires</th>
                    <th scope="col">Status</th>
                    {writable && <th scope="col">Actions</th>}
                  </tr>
                </thead>
                <tbody>
                  {list.map((k) => (
                    <tr key={k.id}>
                      <td data-label="Name">{k.name}</td>
                      <td data-label="Prefix">
                        <code>{k.prefix}…</code>
                      </td>
                      <td data-label="Scopes">{k.scopes.join(', ')}</td>
                      <td data-label="Created">{formatTime(k.created_at)}</td>
                      <td data-label="Last used">{k.last_used_at ? formatTime(k.last_used_at) : 'never'}</td>
                      <td data-label="Expires">{k.expires_at ? formatTime(k.expires_at) : 'never'}</td>
                      <td data-label="Status">
                        <span className={`badge badge-${k.status}`}>{k.status}</span>
                      </td>
                      {writable && (
                        <td data-label="Actions" className="actions">
                          {k.status === 'active' && (
                            <>
                              <ConfirmDialog
                                trigger="Rotate"
                                triggerClass="btn"
                                triggerLabel={`Rotate ${k.name}`}
                                title={`Rotate key ${k.name}?`}
                                confirm="Rotate key"
                                onConfirm={async () => {
                                  const r = await rotate.mutateAsync(k.id);
                                  setIssued({ secret: r.key, notice: r.notice });
                                }}
                              >
                                <p>A new secret with the same name and scopes is issued; the current one stops working at once.</p>
                              </ConfirmDialog>
                              <ConfirmDialog
                                trigger="Revoke"
                                triggerLabel={`Revoke ${k.name}`}
                                title={`Revoke key ${k.name}?`}
                                confirm="Revoke key"
                                onConfirm={() => revoke.mutateAsync(k.id)}
                              >
                                <p>Clients using this key are refused from now on. This cannot be undone.</p>
                              </ConfirmDialog>
                            </>
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
