import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addCadence, addDays, addMonths, cadenceReason, checkInDueDate, daysBetween, stretchWords } from './checkIn';
import { Cadence } from './entities/checkIn';
import { localDay } from './localDay';

describe('months clamp to the month’s end', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2028-02-29', 12, '2029-02-28'],
    ['2028-02-29', 48, '2032-02-29'],
    ['2026-03-31', 1, '2026-04-30'],
    ['2026-08-31', 6, '2027-02-28'],
    ['2026-12-15', 1, '2027-01-15'],
    ['2026-11-30', 3, '2027-02-28'],
    ['2026-05-31', 60, '2031-05-31'],
  ])('%s + %i months = %s', (from, months, to) => {
    expect(addMonths(from, months)).toBe(to);
    expect(addCadence(from, { every: months, unit: 'months' })).toBe(to);
  });

  it('never lands past the month it aims at, and keeps the day when the month has it', () => {
    const day = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2090-12-31T00:00:00Z'), noInvalidDate: true });
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 60 }), (date, months) => {
        const from = date.toISOString().slice(0, 10);
        const to = addMonths(from, months);
        const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
        const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
        expect((ty - fy) * 12 + (tm - fm)).toBe(months);
        expect(td <= fd).toBe(true);
        if (td < fd) expect(addDays(to, 1).slice(8)).toBe('01');
      }),
      { seed: 12, numRuns: 300 },
    );
  });
});

describe('days and weeks', () => {
  it.each([
    ['2028-02-28', { every: 1, unit: 'days' }, '2028-02-29'],
    ['2027-02-28', { every: 1, unit: 'days' }, '2027-03-01'],
    ['2026-12-31', { every: 1, unit: 'days' }, '2027-01-01'],
    ['2026-02-20', { every: 2, unit: 'weeks' }, '2026-03-06'],
    ['2028-02-20', { every: 2, unit: 'weeks' }, '2028-03-05'],
    ['2026-01-01', { every: 1826, unit: 'days' }, '2031-01-01'],
  ] as const)('%s + %o = %s', (from, cadence, to) => {
    expect(addCadence(from, cadence)).toBe(to);
    expect(daysBetween(from, to)).toBe(cadence.unit === 'weeks' ? cadence.every * 7 : cadence.every);
  });
});

describe('across a daylight-saving change in the user’s zone (Europe/Berlin, last Sunday of March 2026)', () => {
  const zone = process.env.TZ;
  beforeEach(() => {
    process.env.TZ = 'Europe/Berlin';
  });
  afterEach(() => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });

  it('counts the 23-hour day as one day', () => {
    // 00:30 local on Sunday 29 March (CET, UTC+1) and on Monday 30 March (CEST, UTC+2): 23 hours apart.
    const sunday = localDay(new Date('2026-03-28T23:30:00Z'));
    const monday = localDay(new Date('2026-03-29T22:30:00Z'));
    expect([sunday, monday]).toEqual(['2026-03-29', '2026-03-30']);
    expect(daysBetween(sunday, monday)).toBe(1);
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(addCadence('2026-03-25', { every: 1, unit: 'weeks' })).toBe('2026-04-01');
    expect(addCadence('2026-02-28', { every: 1, unit: 'months' })).toBe('2026-03-28');
    expect(addCadence('2026-03-29', { every: 7, unit: 'months' })).toBe('2026-10-29');
  });

  it('makes a check-in due on its day, whatever hour of that day it is', () => {
    const cadence = { every: 1, unit: 'weeks' } as const;
    const lastContact = '2026-03-23';
    // Just after local midnight, just before it, and the moment after the clocks go forward.
    for (const [instant, overdue] of [
      ['2026-03-29T22:01:00Z', 0], // 00:01 CEST on Monday 30 March
      ['2026-03-29T21:59:00Z', -1], // 23:59 CEST on Sunday
      ['2026-03-29T01:00:00Z', -1], // 03:00 CEST, the first moment of summer time
      ['2026-03-30T21:59:00Z', 0], // 23:59 CEST on Monday
      ['2026-03-30T22:00:00Z', 1],
    ] as const) {
      const today = localDay(new Date(instant));
      const due = checkInDueDate({ cadence, lastContact, snoozedUntil: null, today });
      expect(due).toBe('2026-03-30');
      expect(daysBetween(due, today), instant).toBe(overdue);
    }
  });
});

describe('the due date', () => {
  const every6Weeks = { every: 6, unit: 'weeks' } as const;
  it('is last contact + cadence, or today when nothing was logged', () => {
    expect(checkInDueDate({ cadence: every6Weeks, lastContact: '2026-10-01', snoozedUntil: null, today: '2026-12-02' })).toBe('2026-11-12');
    expect(checkInDueDate({ cadence: every6Weeks, lastContact: null, snoozedUntil: null, today: '2026-12-02' })).toBe('2026-12-02');
  });
  it('is held by a snooze until its day, and a snooze never brings it forward', () => {
    expect(checkInDueDate({ cadence: every6Weeks, lastContact: '2026-10-01', snoozedUntil: '2026-12-10', today: '2026-12-02' })).toBe('2026-12-10');
    expect(checkInDueDate({ cadence: every6Weeks, lastContact: null, snoozedUntil: '2026-12-10', today: '2026-12-02' })).toBe('2026-12-10');
    expect(checkInDueDate({ cadence: every6Weeks, lastContact: '2026-12-01', snoozedUntil: '2026-12-10', today: '2026-12-02' })).toBe('2027-01-12');
  });
  it('says why in words', () => {
    expect(cadenceReason(every6Weeks, '2026-09-30', '2026-12-02')).toBe('Last contact 9 weeks ago; you asked for every 6 weeks.');
    expect(cadenceReason({ every: 1, unit: 'months' }, '2026-12-02', '2026-12-02')).toBe('Last contact today; you asked for every month.');
    expect(cadenceReason({ every: 3, unit: 'days' }, null, '2026-12-02')).toBe('Nothing logged with them yet; you asked for every 3 days.');
    expect([stretchWords(1), stretchWords(13), stretchWords(14), stretchWords(89), stretchWords(120)]).toEqual([
      '1 day', '13 days', '2 weeks', '12 weeks', '3 months',
    ]);
  });
});

describe('the cadence a user can ask for', () => {
  const refused = (input: unknown) => {
    const parsed = Cadence.safeParse(input);
    return parsed.success ? null : parsed.error.issues.map((issue) => issue.message);
  };
  it('is a whole number from 1 up to five years, in days, weeks or months', () => {
    expect(refused({ every: 6, unit: 'weeks' })).toBeNull();
    expect(refused({ every: 1826, unit: 'days' })).toBeNull();
    expect(refused({ every: 0, unit: 'days' })).toEqual(['Check in at least every 1 day, week or month']);
    expect(refused({ every: -2, unit: 'weeks' })).toEqual(['Check in at least every 1 day, week or month']);
    expect(refused({ every: 1.5, unit: 'weeks' })).toEqual(['Use a whole number']);
    expect(refused({ every: 61, unit: 'months' })).toEqual(['That is more than five years: at most 60 months']);
    expect(refused({ every: 261, unit: 'weeks' })).toEqual(['That is more than five years: at most 260 weeks']);
    expect(refused({ every: 3, unit: 'years' })).toEqual(['Choose days, weeks or months']);
    expect(refused({ every: 3, unit: 'days', extra: 1 })).not.toBeNull();
  });
});
