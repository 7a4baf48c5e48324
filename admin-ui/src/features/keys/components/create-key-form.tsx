import { useState, type FormEvent } from 'react';
import { Banner } from '@/components/ui/banner';
import { TextField } from '@/components/ui/field';
import { fieldError, formError } from '@/lib/api-error';
import { useCreateKey } from '../api/create-key';

export const SCOPES = [
  { value: 'memories:read', label: 'memories:read — search and read memories' },
  { value: 'memories:write', label: 'memories:write — store, change and delete memories' },
  { value: 'analytics:read', label: 'analytics:read — analytics and learning history' },
  { value: 'analytics:write', label: 'analytics:write — record learning events, feedback and analytics events' },
  { value: 'admin', label: 'admin — everything, across users; export and import' },
];

/** Name, scopes and an optional expiry date; checked before sending. */
export function CreateKeyForm({ appId, onIssued }: { appId: string; onIssued: (secret: string, notice: string) => void }) {
  const create = useCreateKey();
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<string[]>(['memories:read', 'memories:write']);
  const [expires, setExpires] = useState('');
  const [local, setLocal] = useState<Record<string, string | undefined>>({});

  function submit(e: FormEvent) {
    e.preventDefault();
    const expiresAt = expires ? new Date(`${expires}T23:59:59`) : null;
    const found = {
      name: !name.trim() ? 'Name is required.' : name.trim().length > 100 ? 'Name must be at most 100 characters.' : undefined,
      scopes: scopes.length === 0 ? 'Choose at least one scope.' : undefined,
      expires_at: expiresAt && expiresAt.getTime() <= Date.now() ? 'The expiry date must be in the future.' : undefined,
    };
    setLocal(found);
    if (Object.values(found).some(Boolean)) return;
    create.mutate(
      { appId, name: name.trim(), scopes, expiresAt: expiresAt ? expiresAt.toISOString() : null },
      {
        onSuccess: (issued) => {
          setName('');
          setExpires('');
          onIssued(issued.key, issued.notice);
        },
      },
    );
  }

  const general = formError(create.error, ['name', 'scopes', 'expires_at']);
  const scopesError = local.scopes ?? fieldError(create.error, 'scopes');
  return (
    <form className="inline-form" onSubmit={submit} noValidate aria-label="Create API key">
      {general && <Banner kind="error">{general.message}</Banner>}
      <TextField label="Key name" name="name" value={name} onChange={(e) => setName(e.target.value)} error={local.name ?? fieldError(create.error, 'name')} autoComplete="off" />
      <fieldset className="field" aria-describedby={scopesError ? 'scopes-error' : undefined}>
        <legend>Scopes</legend>
        {SCOPES.map((s) => (
          <label key={s.value} className="check">
            <input
              type="checkbox"
              name="scopes"
              value={s.value}
              checked={scopes.includes(s.value)}
              onChange={(e) => setScopes((cur) => (e.target.checked ? [...cur, s.value] : cur.filter((x) => x !== s.value)))}
            />
            {s.label}
          </label>
        ))}
        {scopesError && (
          <small id="scopes-error" className="field-error" role="alert">
            {scopesError}
          </small>
        )}
      </fieldset>
      <TextField
        label="Expires on (optional)"
        name="expires_at"
        type="date"
        value={expires}
        onChange={(e) => setExpires(e.target.value)}
        hint="The key stops working at the end of that day (your time zone)."
        error={local.expires_at ?? fieldError(create.error, 'expires_at')}
      />
      <button className="btn btn-primary" type="submit" disabled={create.isPending}>
        {create.isPending ? 'Creating…' : 'Create key'}
      </button>
    </form>
  );
}
