import { useState, type FormEvent } from 'react';
import { Banner } from '@/components/ui/banner';
import { SelectField, TextField } from '@/components/ui/field';
import { fieldError, formError } from '@/lib/api-error';
import { useSaveSchedule } from '../api/save-schedule';
import type { DestinationBody, Schedule, ScheduleBody } from '../api/types';
import { CRON_PRESETS, describeCron, looksLikeCron } from './cron';

const TYPES = ['executive', 'performance', 'learning', 'business'];
const FORMATS = ['pdf', 'html', 'csv', 'json'];
const zones = (): string[] => {
  const intl = Intl as unknown as { supportedValuesOf?: (k: string) => string[] };
  return ['UTC', ...(intl.supportedValuesOf?.('timeZone') ?? []).filter((z) => z !== 'UTC')];
};

type Dest = {
  type: string;
  path: string;
  to: string;
  subject: string;
  url: string;
  secret: string;
  endpoint: string;
  bucket: string;
  prefix: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  pathStyle: boolean;
};
const emptyDest = (type = 'directory'): Dest => ({
  type,
  path: '',
  to: '',
  subject: '',
  url: '',
  secret: '',
  endpoint: '',
  bucket: '',
  prefix: '',
  region: '',
  accessKeyId: '',
  secretAccessKey: '',
  pathStyle: true,
});
const S3_FIELDS = ['endpoint', 'bucket', 'prefix', 'region', 'access_key_id', 'secret_access_key', 'path_style'];

function toBody(d: Dest): DestinationBody {
  if (d.type === 'directory') return { type: 'directory', path: d.path.trim() || null };
  if (d.type === 'email') return { type: 'email', to: d.to.split(',').map((s) => s.trim()).filter(Boolean), subject: d.subject.trim() || null };
  if (d.type === 's3')
    return {
      type: 's3',
      endpoint: d.endpoint.trim(),
      bucket: d.bucket.trim(),
      prefix: d.prefix.trim() || null,
      region: d.region.trim() || null,
      access_key_id: d.accessKeyId.trim(),
      secret_access_key: d.secretAccessKey || null,
      path_style: d.pathStyle,
    };
  return { type: 'webhook', url: d.url.trim(), secret: d.secret || null };
}

/** Create or edit a schedule: cron with a helper and time zone, report types and formats, period, destinations. */
export function ScheduleForm({ orgId, apps, schedule, onDone }: { orgId: string; apps: { id: string; name: string }[]; schedule?: Schedule; onDone?: () => void }) {
  const save = useSaveSchedule();
  const [name, setName] = useState(schedule?.name ?? '');
  const [cron, setCron] = useState(schedule?.cron ?? CRON_PRESETS[0]!.cron);
  const [timeZone, setTimeZone] = useState(schedule?.time_zone ?? Intl.DateTimeFormat().resolvedOptions().timeZone ?? 'UTC');
  const [types, setTypes] = useState<string[]>(schedule?.types ?? ['executive']);
  const [formats, setFormats] = useState<string[]>(schedule?.formats ?? ['pdf']);
  const [period, setPeriod] = useState(schedule?.period ?? 'week');
  const [days, setDays] = useState(String(schedule?.days ?? 14));
  const [appId, setAppId] = useState(schedule?.app_id ?? '');
  const [enabled, setEnabled] = useState(schedule?.enabled ?? true);
  const [dests, setDests] = useState<Dest[]>(
    schedule?.destinations.map((d) => ({
      ...emptyDest(d.type),
      path: d.path ?? '',
      to: (d.to ?? []).join(', '),
      subject: d.subject ?? '',
      url: d.url ?? '',
      endpoint: d.endpoint ?? '',
      bucket: d.bucket ?? '',
      prefix: d.prefix ?? '',
      region: d.region ?? '',
      accessKeyId: d.access_key_id ?? '',
      pathStyle: d.path_style ?? true,
    })) ?? [emptyDest()],
  );
  const [destsTouched, setDestsTouched] = useState(!schedule);
  const [local, setLocal] = useState<Record<string, string | undefined>>({});
  const [saved, setSaved] = useState(false);

  const toggle = (list: string[], v: string) => (list.includes(v) ? list.filter((x) => x !== v) : [...list, v]);
  const changeDests = (next: Dest[]) => {
    setDests(next);
    setDestsTouched(true);
  };
  const setDest = (i: number, patch: Partial<Dest>) => changeDests(dests.map((d, n) => (n === i ? { ...d, ...patch } : d)));

  function submit(e: FormEvent) {
    e.preventDefault();
    setSaved(false);
    const found = {
      name: name.trim() ? undefined : 'Name the schedule.',
      cron: looksLikeCron(cron) ? undefined : 'Five fields: minute hour day-of-month month day-of-week, e.g. 0 8 * * 1.',
      types: types.length ? undefined : 'Choose at least one report.',
      formats: formats.length ? undefined : 'Choose at least one format.',
      days: period === 'days' && !(Number(days) >= 1) ? 'At least 1 day.' : undefined,
      destinations: dests.length ? undefined : 'Add at least one destination.',
    };
    setLocal(found);
    if (Object.values(found).some(Boolean)) return;
    const body: ScheduleBody = {
      name: name.trim(),
      cron: cron.trim(),
      time_zone: timeZone,
      types: types.filter((t) => TYPES.includes(t)),
      formats,
      period,
      days: period === 'days' ? Number(days) : null,
      app_id: appId || null,
      // on an edit, destinations are sent only when changed (webhook and S3 secrets are never shown back)
      destinations: destsTouched ? dests.map(toBody) : null,
      enabled,
    };
    save.mutate({ orgId, scheduleId: schedule?.id, body }, { onSuccess: () => (onDone ? onDone() : setSaved(true)) });
  }

  const err = (field: string) => local[field] ?? fieldError(save.error, field);
  const destErr = (i: number, field: string) => fieldError(save.error, `destinations[${i}].${field}`);
  const general = formError(save.error, ['name', 'cron', 'time_zone', 'types', 'formats', 'period', 'days', 'app_id', 'destinations', ...dests.flatMap((_, i) => ['type', 'path', 'to', 'subject', 'url', 'secret', ...S3_FIELDS].map((f) => `destinations[${i}].${f}`))]);
  const words = describeCron(cron);
  return (
    <form className="schedule-form" onSubmit={submit} noValidate aria-label={schedule ? `Edit schedule ${schedule.name}` : 'Create report schedule'}>
      {general && <Banner kind="error">{general.message}</Banner>}
      {saved && <Banner kind="success">Schedule saved.</Banner>}
      <TextField label="Schedule name" name="name" value={name} onChange={(e) => setName(e.target.value)} error={err('name')} />
      <div className="filters-row">
        <SelectField label="Repeat" name="cron-preset" value={CRON_PRESETS.some((p) => p.cron === cron) ? cron : ''} onChange={(e) => e.target.value && setCron(e.target.value)}>
          {CRON_PRESETS.map((p) => (
            <option key={p.cron} value={p.cron}>
              {p.label}
            </option>
          ))}
          <option value="">Custom (cron)</option>
        </SelectField>
        <TextField label="Cron expression" name="cron" value={cron} onChange={(e) => setCron(e.target.value)} hint={words ?? 'minute hour day-of-month month day-of-week'} error={err('cron')} />
        <SelectField label="Time zone" name="time_zone" value={timeZone} onChange={(e) => setTimeZone(e.target.value)} error={err('time_zone')}>
          {zones().map((z) => (
            <option key={z} value={z}>
              {z}
            </option>
          ))}
        </SelectField>
      </div>
      <fieldset className="field">
        <legend>Reports</legend>
        {TYPES.map((t) => (
          <label key={t} className="check">
            <input type="checkbox" checked={types.includes(t)} onChange={() => setTypes(toggle(types, t))} /> {t}
          </label>
        ))}
        {err('types') && <small className="field-error" role="alert">{err('types')}</small>}
      </fieldset>
      <fieldset className="field">
        <legend>Formats</legend>
        {FORMATS.map((f) => (
          <label key={f} className="check">
            <input type="checkbox" checked={formats.includes(f)} onChange={() => setFormats(toggle(formats, f))} /> {f}
          </label>
        ))}
        {err('formats') && <small className="field-error" role="alert">{err('formats')}</small>}
      </fieldset>
      <div className="filters-row">
        <SelectField label="Period" name="period" value={period} onChange={(e) => setPeriod(e.target.value)} error={err('period')}>
          <option value="week">the last week</option>
          <option value="month">the last month</option>
          <option value="days">a number of days</option>
        </SelectField>
        {period === 'days' && <TextField label="Days" name="days" type="number" min={1} value={days} onChange={(e) => setDays(e.target.value)} error={err('days')} />}
        <SelectField label="App" name="app_id" value={appId} onChange={(e) => setAppId(e.target.value)} error={err('app_id')}>
          <option value="">every app of the organization</option>
          {apps.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </SelectField>
      </div>
      <fieldset className="field">
        <legend>Destinations</legend>
        {dests.map((d, i) => (
          <div key={i} className="filters-row destination">
            <SelectField label={`Destination ${i + 1}`} name={`dest-${i}-type`} value={d.type} onChange={(e) => setDest(i, { type: e.target.value })} error={destErr(i, 'type')}>
              <option value="directory">directory</option>
              <option value="email">e-mail</option>
              <option value="webhook">signed webhook</option>
              <option value="s3">S3-compatible bucket</option>
            </SelectField>
            {d.type === 'directory' && <TextField label={`Directory ${i + 1} (under the reports directory)`} name={`dest-${i}-path`} value={d.path} onChange={(e) => setDest(i, { path: e.target.value })} error={destErr(i, 'path')} />}
            {d.type === 'email' && (
              <>
                <TextField label={`Recipients ${i + 1} (comma-separated)`} name={`dest-${i}-to`} value={d.to} onChange={(e) => setDest(i, { to: e.target.value })} error={destErr(i, 'to')} />
                <TextField label={`Subject ${i + 1} (optional)`} name={`dest-${i}-subject`} value={d.subject} onChange={(e) => setDest(i, { subject: e.target.value })} error={destErr(i, 'subject')} />
              </>
            )}
            {d.type === 'webhook' && (
              <>
                <TextField label={`Webhook URL ${i + 1}`} name={`dest-${i}-url`} value={d.url} onChange={(e) => setDest(i, { url: e.target.value })} error={destErr(i, 'url')} />
                <TextField
                  label={`Signing secret ${i + 1}`}
                  name={`dest-${i}-secret`}
                  type="password"
                  autoComplete="off"
                  value={d.secret}
                  hint={schedule ? '16 characters or more; Engram never shows it, so enter it again when you change destinations.' : '16 characters or more.'}
                  onChange={(e) => setDest(i, { secret: e.target.value })}
                  error={destErr(i, 'secret')}
                />
              </>
            )}
            {d.type === 's3' && (
              <>
                <TextField label={`Endpoint ${i + 1}`} name={`dest-${i}-endpoint`} value={d.endpoint} placeholder="https://s3.eu-west-3.amazonaws.com" onChange={(e) => setDest(i, { endpoint: e.target.value })} error={destErr(i, 'endpoint')} />
                <TextField label={`Bucket ${i + 1}`} name={`dest-${i}-bucket`} value={d.bucket} onChange={(e) => setDest(i, { bucket: e.target.value })} error={destErr(i, 'bucket')} />
                <TextField label={`Key prefix ${i + 1} (optional)`} name={`dest-${i}-prefix`} value={d.prefix} onChange={(e) => setDest(i, { prefix: e.target.value })} error={destErr(i, 'prefix')} />
                <TextField label={`Region ${i + 1} (default us-east-1)`} name={`dest-${i}-region`} value={d.region} onChange={(e) => setDest(i, { region: e.target.value })} error={destErr(i, 'region')} />
                <TextField label={`Access key ID ${i + 1}`} name={`dest-${i}-access-key-id`} autoComplete="off" value={d.accessKeyId} onChange={(e) => setDest(i, { accessKeyId: e.target.value })} error={destErr(i, 'access_key_id')} />
                <TextField
                  label={`Secret access key ${i + 1}`}
                  name={`dest-${i}-secret-access-key`}
                  type="password"
                  autoComplete="off"
                  value={d.secretAccessKey}
                  hint={schedule ? 'Engram never shows it, so enter it again when you change destinations.' : undefined}
                  onChange={(e) => setDest(i, { secretAccessKey: e.target.value })}
                  error={destErr(i, 'secret_access_key')}
                />
                <label className="check">
                  <input type="checkbox" checked={d.pathStyle} onChange={(e) => setDest(i, { pathStyle: e.target.checked })} /> Path-style URLs (endpoint/bucket/key)
                </label>
              </>
            )}
            <button type="button" className="btn" onClick={() => changeDests(dests.filter((_, n) => n !== i))} aria-label={`Remove destination ${i + 1}`}>
              Remove
            </button>
          </div>
        ))}
        {err('destinations') && <small className="field-error" role="alert">{err('destinations')}</small>}
        <button type="button" className="btn" onClick={() => changeDests([...dests, emptyDest()])}>
          Add destination
        </button>
      </fieldset>
      <label className="check">
        <input type="checkbox" checked={enabled} onChange={(e) => setEnabled(e.target.checked)} /> Enabled
      </label>
      <button className="btn btn-primary" type="submit" disabled={save.isPending}>
        {save.isPending ? 'Saving…' : schedule ? 'Save schedule' : 'Create schedule'}
      </button>
    </form>
  );
}
