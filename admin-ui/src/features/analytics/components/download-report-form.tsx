import { useState, type FormEvent } from 'react';
import { Banner } from '@/components/ui/banner';
import { SelectField } from '@/components/ui/field';
import { fieldError, formError } from '@/lib/api-error';
import { useDownloadReport } from '../api/download-report';

const FORMATS = [
  { value: 'pdf', label: 'PDF' },
  { value: 'html', label: 'HTML' },
  { value: 'csv', label: 'CSV (numbers)' },
  { value: 'json', label: 'JSON (numbers)' },
];

/**
 * Downloads a report of the period shown: `types` are the report types offered, `pathOf` the
 * console API path of one.
 */
export function DownloadReportForm({ types, pathOf, days }: { types: { value: string; label: string }[]; pathOf: (type: string) => string; days: number }) {
  const download = useDownloadReport();
  const [type, setType] = useState(types[0]!.value);
  const [format, setFormat] = useState('pdf');
  const [saved, setSaved] = useState<string | null>(null);

  function submit(e: FormEvent) {
    e.preventDefault();
    setSaved(null);
    download.mutate({ path: pathOf(type), format, days }, { onSuccess: (name) => setSaved(name) });
  }

  const general = formError(download.error, ['format', 'type']);
  return (
    <form className="filters filters-row" onSubmit={submit} noValidate aria-label="Download a report">
      {types.length > 1 && (
        <SelectField label="Report" name="report-type" value={type} onChange={(e) => setType(e.target.value)} error={fieldError(download.error, 'type')}>
          {types.map((t) => (
            <option key={t.value} value={t.value}>
              {t.label}
            </option>
          ))}
        </SelectField>
      )}
      <SelectField label="Format" name="report-format" value={format} onChange={(e) => setFormat(e.target.value)} error={fieldError(download.error, 'format')}>
        {FORMATS.map((f) => (
          <option key={f.value} value={f.value}>
            {f.label}
          </option>
        ))}
      </SelectField>
      <button className="btn btn-primary" type="submit" disabled={download.isPending}>
        {download.isPending ? 'Preparing…' : 'Download report'}
      </button>
      {general && <Banner kind="error">{general.message}</Banner>}
      {saved && (
        <p role="status" className="muted">
          Saved {saved}, last {days} days.
        </p>
      )}
    </form>
  );
}
