import { useState, type FormEvent } from 'react';
import { TextField } from '@/components/ui/field';
import type { MemoryFilters } from '../api/get-memories';

export const TYPES = ['working', 'episodic', 'semantic', 'procedural'];
export const STATUSES = ['active', 'superseded', 'deleted'];

function toggle(list: string[], value: string, on: boolean) {
  return on ? [...list, value] : list.filter((v) => v !== value);
}

/** Filters of the memory list: checked here, applied on submit. */
export function MemoryFiltersForm({ value, onApply }: { value: MemoryFilters; onApply: (f: MemoryFilters) => void }) {
  const [f, setF] = useState(value);
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});

  function submit(e: FormEvent) {
    e.preventDefault();
    const importance = f.minImportance ? Number(f.minImportance) : null;
    const found = {
      minImportance: importance != null && (!Number.isInteger(importance) || importance < 1 || importance > 10) ? 'Use a whole number from 1 to 10.' : undefined,
      end: f.start && f.end && f.end < f.start ? 'The end date must not be before the start date.' : undefined,
      statuses: f.statuses.length === 0 ? 'Choose at least one status.' : undefined,
    };
    setErrors(found);
    if (!Object.values(found).some(Boolean)) onApply(f);
  }

  return (
    <form className="filters" onSubmit={submit} noValidate aria-label="Memory filters">
      <fieldset>
        <legend>Type</legend>
        {TYPES.map((t) => (
          <label key={t} className="check">
            <input type="checkbox" checked={f.types.includes(t)} onChange={(e) => setF({ ...f, types: toggle(f.types, t, e.target.checked) })} />
            {t}
          </label>
        ))}
      </fieldset>
      <fieldset aria-describedby={errors.statuses ? 'statuses-error' : undefined}>
        <legend>Status</legend>
        {STATUSES.map((s) => (
          <label key={s} className="check">
            <input type="checkbox" checked={f.statuses.includes(s)} onChange={(e) => setF({ ...f, statuses: toggle(f.statuses, s, e.target.checked) })} />
            {s}
          </label>
        ))}
        {errors.statuses && (
          <small id="statuses-error" className="field-error" role="alert">
            {errors.statuses}
          </small>
        )}
      </fieldset>
      <TextField label="Category" value={f.category} onChange={(e) => setF({ ...f, category: e.target.value })} />
      <TextField label="Tags (comma-separated)" value={f.tags} onChange={(e) => setF({ ...f, tags: e.target.value })} />
      <TextField label="Created from" type="date" value={f.start} onChange={(e) => setF({ ...f, start: e.target.value })} />
      <TextField label="Created until" type="date" value={f.end} onChange={(e) => setF({ ...f, end: e.target.value })} error={errors.end} />
      <TextField
        label="Minimum importance"
        type="number"
        min={1}
        max={10}
        inputMode="numeric"
        value={f.minImportance}
        onChange={(e) => setF({ ...f, minImportance: e.target.value })}
        error={errors.minImportance}
      />
      <button type="submit" className="btn btn-primary">
        Apply filters
      </button>
    </form>
  );
}
