import { useState } from 'react';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { ListPage } from '@/components/ui/list-page';
import { canWrite, useMe } from '@/lib/auth';
import { formatTime } from '@/lib/format';
import { useKeys } from '../api/get-keys';
import { useRevokeKey } from '../api/revoke-key';
import { useRotateKey } from '../api/rotate-key';
import { CreateKeyForm } from './create-key-form';
import { IssuedKey } from './issued-key';

type Key = {
  id: string;
  name: string;
  prefix: string;
  scopes: string[];
  status: string;
  created_at: string;
  last_used_at?: string | null;
  expires_at?: string | null;
};

/** API keys of an app: create (secret shown once), list, rotate, revoke. */
export function KeysPage({ appId, orgId }: { appId: string; orgId: string }) {
  const keys = useKeys(appId);
  const me = useMe().data;
  const writable = canWrite(me, orgId);
  const rotate = useRotateKey();
  const revoke = useRevokeKey();
  const [issued, setIssued] = useState<{ secret: string; notice: string } | null>(null);

  return (
    <ListPage<Key>
      title="API keys"
      before={issued && <IssuedKey secret={issued.secret} notice={issued.notice} onDismiss={() => setIssued(null)} />}
      create={writable ? { title: 'New key', content: <CreateKeyForm appId={appId} onIssued={(secret, notice) => setIssued({ secret, notice })} /> } : null}
      listTitle="Keys"
      query={keys}
      what="API keys"
      empty="No API keys yet."
      rowKey={(k) => k.id}
      columns={[
        { header: 'Name', cell: (k) => k.name },
        { header: 'Prefix', cell: (k) => <code>{k.prefix}…</code> },
        { header: 'Scopes', cell: (k) => k.scopes.join(', ') },
        { header: 'Created', cell: (k) => formatTime(k.created_at) },
        { header: 'Last used', cell: (k) => (k.last_used_at ? formatTime(k.last_used_at) : 'never') },
        { header: 'Expires', cell: (k) => (k.expires_at ? formatTime(k.expires_at) : 'never') },
        { header: 'Status', cell: (k) => <span className={`badge badge-${k.status}`}>{k.status}</span> },
      ]}
      actions={
        writable
          ? (k) =>
              k.status === 'active' && (
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
              )
          : undefined
      }
    />
  );
}
