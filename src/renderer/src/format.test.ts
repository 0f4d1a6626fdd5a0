import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { backupWhen } from './components/library/backupWording';
import { dueLabel } from './components/log/dates';
import { formatDay, formatMomentDay, formatMonth, formatShortDay, formatSpan, withLocalDays } from './format';

/** The day as the user's locale writes it, built from a local midnight: what formatDay must match. */
const localeDay = (year: number, month: number, day: number) =>
  new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' }).format(new Date(year, month - 1, day));

describe('one date format, from the locale, with no day moved by a time zone', () => {
  // 14 hours ahead of UTC, where a UTC slice of a morning's timestamp is a day behind.
  beforeAll(() => {
    vi.stubEnv('TZ', 'Pacific/Kiritimati');
  });
  afterAll(() => {
    vi.unstubAllEnvs();
  });

  it('writes a calendar day as the locale does, the same day whatever the zone', () => {
    expect(formatDay('2026-12-01')).toBe(localeDay(2026, 12, 1));
    expect(formatDay('2026-01-31')).toBe(localeDay(2026, 1, 31));
    expect(formatDay('2026-12-01')).toMatch(/2026/);
    expect(formatDay('2026-12-01')).toMatch(/\b1\b/);
  });

  it('writes a moment by its day on the user calendar, not by its UTC day', () => {
    // 08:30 on 2 Dec here is still 1 Dec in UTC.
    const morning = new Date(2026, 11, 2, 8, 30);
    expect(morning.toISOString().slice(0, 10)).toBe('2026-12-01');
    expect(formatMomentDay(morning.toISOString())).toBe(formatDay('2026-12-02'));
  });

  it('every place that writes a day writes it the same way', () => {
    const day = formatDay('2027-03-14');
    expect(formatSpan('2027-03-14', null)).toBe(`from ${day}`);
    expect(dueLabel('2027-03-14', '2026-12-01')).toBe(`Due ${day}`);
    expect(backupWhen(new Date(2027, 2, 14, 9, 5).toISOString(), { now: new Date(2027, 3, 1) })).toMatch(new RegExp(`^${day} at `));
    expect(withLocalDays('“Album” (90 days, 2027-03-14 to 2027-06-30).')).toBe(`“Album” (90 days, ${day} to ${formatDay('2027-06-30')}).`);
  });

  it('short days and months come from the same calendar days', () => {
    expect(formatDay('2026-03-14')).toContain(formatShortDay('2026-03-14').replace(/,$/, ''));
    expect(formatMonth('2026-03', true)).toMatch(/2026/);
    expect(formatMonth('2026-12')).toBe(new Intl.DateTimeFormat(undefined, { month: 'short' }).format(new Date(2026, 11, 15)));
  });
});
