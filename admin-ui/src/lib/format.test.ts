import { describe, expect, it } from 'vitest';
import { formatNumber, formatTime } from './format';

describe('format', () => {
  it("uses the viewer's locale", () => {
    expect(formatNumber(1234567.5, 1)).toBe(new Intl.NumberFormat(undefined, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(1234567.5));
    expect(formatTime('2026-11-02T10:00:00Z')).toBe(new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date('2026-11-02T10:00:00Z')));
  });

  it('shows a dash for what is missing', () => {
    expect(formatNumber(null)).toBe('–');
    expect(formatTime(null)).toBe('–');
  });
});
