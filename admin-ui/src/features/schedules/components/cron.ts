// Cron helper of the schedule form: five fields (minute hour day-of-month month day-of-week).
export const CRON_PRESETS = [
  { cron: '0 8 * * 1', label: 'Every Monday at 08:00' },
  { cron: '0 7 * * *', label: 'Every day at 07:00' },
  { cron: '0 8 1 * *', label: 'On the 1st of every month at 08:00' },
  { cron: '0 17 * * 5', label: 'Every Friday at 17:00' },
];

const FIELD = /^(\*|\d+(-\d+)?)(\/\d+)?(,(\*|\d+(-\d+)?)(\/\d+)?)*$/;

/** Whether the text looks like a five-field cron expression (the server checks it fully). */
export function looksLikeCron(text: string): boolean {
  const fields = text.trim().split(/\s+/);
  return fields.length === 5 && fields.every((f) => FIELD.test(f) || /^[A-Za-z]{3}(-[A-Za-z]{3})?$/.test(f));
}

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** The expression in words when it is a simple one; null for anything else. */
export function describeCron(text: string): string | null {
  const preset = CRON_PRESETS.find((p) => p.cron === text.trim());
  if (preset) return preset.label;
  const [min, hour, dom, month, dow] = text.trim().split(/\s+/);
  if (!/^\d+$/.test(min ?? '') || !/^\d+$/.test(hour ?? '') || month !== '*') return null;
  const at = `${hour!.padStart(2, '0')}:${min!.padStart(2, '0')}`;
  if (dom === '*' && dow === '*') return `Every day at ${at}`;
  if (dom === '*' && /^[0-6]$/.test(dow ?? '')) return `Every ${DAYS[Number(dow)]} at ${at}`;
  if (/^\d+$/.test(dom ?? '') && dow === '*') return `On day ${dom} of every month at ${at}`;
  return null;
}
