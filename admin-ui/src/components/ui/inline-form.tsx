import { useState, type FormEvent, type ReactNode } from 'react';
import { fieldError, formError } from '@/lib/api-error';
import { Banner } from './banner';
import { TextField } from './field';

export type FieldSpec = {
  name: string;
  label: string;
  required?: boolean;
  maxLength?: number;
  type?: string;
  hint?: ReactNode;
  initial?: string;
  autoComplete?: string;
  validate?: (value: string) => string | undefined;
};

/**
 * A small form of text fields: checks each field before sending, shows the API's message next to
 * the field it names (or above the form), and keeps what was typed when sending fails.
 */
export function InlineForm({
  fields,
  submitLabel,
  onSubmit,
  onDone,
  title,
  children,
}: {
  fields: FieldSpec[];
  submitLabel: string;
  onSubmit: (values: Record<string, string>) => Promise<unknown>;
  onDone?: () => void;
  title?: string;
  children?: ReactNode;
}) {
  const [values, setValues] = useState<Record<string, string>>(() => Object.fromEntries(fields.map((f) => [f.name, f.initial ?? ''])));
  const [local, setLocal] = useState<Record<string, string | undefined>>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const found: Record<string, string | undefined> = {};
    for (const f of fields) {
      const v = (values[f.name] ?? '').trim();
      if (f.required && !v) found[f.name] = `${f.label} is required.`;
      else if (f.maxLength && v.length > f.maxLength) found[f.name] = `${f.label} must be at most ${f.maxLength} characters.`;
      else found[f.name] = f.validate?.(values[f.name] ?? '');
    }
    setLocal(found);
    if (Object.values(found).some(Boolean)) return;
    setBusy(true);
    setError(null);
    try {
      await onSubmit(values);
      setValues(Object.fromEntries(fields.map((f) => [f.name, f.initial ?? ''])));
      onDone?.();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  const general = formError(error, fields.map((f) => f.name));
  return (
    <form className="inline-form" onSubmit={(e) => void submit(e)} noValidate aria-label={title ?? submitLabel}>
      {general && <Banner kind="error">{general.message}</Banner>}
      {fields.map((f) => (
        <TextField
          key={f.name}
          label={f.label}
          name={f.name}
          type={f.type ?? 'text'}
          hint={f.hint}
          autoComplete={f.autoComplete ?? 'off'}
          value={values[f.name] ?? ''}
          onChange={(e) => setValues((v) => ({ ...v, [f.name]: e.target.value }))}
          error={local[f.name] ?? fieldError(error, f.name)}
        />
      ))}
      {children}
      <button className="btn btn-primary" type="submit" disabled={busy}>
        {busy ? 'Saving…' : submitLabel}
      </button>
    </form>
  );
}
