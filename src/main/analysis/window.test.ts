import { describe, expect, test } from 'vitest';
import { dayNumber, formatDay, isoDay, resolveWindow, windowEnding, windowLabel } from './window';

describe('the window', () => {
  test.each([
    [180, 'the last 6 months'],
    [30, 'the last month'],
    [90, 'the last 3 months'],
    [365, 'the last year'],
    [730, 'the last 2 years'],
    [7, 'the last week'],
    [14, 'the last 2 weeks'],
    [45, 'the last 45 days'],
  ])('%i days reads "%s"', (days, label) => {
    expect(windowLabel(days)).toBe(label);
  });

  test('a window of N days ends on today and counts it', () => {
    expect(windowEnding('2026-06-30', 180)).toEqual({ from: '2026-01-02', to: '2026-06-30' });
    expect(windowEnding('2024-03-01', 2)).toEqual({ from: '2024-02-29', to: '2024-03-01' });
    expect(resolveWindow(windowEnding('2026-06-30', 180)).days).toBe(180);
  });

  test('each month goes to the half that holds most of its days in the window', () => {
    const window = resolveWindow({ from: '2025-09-03', to: '2026-03-01' });
    expect(window.months.map((month) => `${month.month}:${month.half}`)).toEqual([
      '2025-09:first',
      '2025-10:first',
      '2025-11:first',
      '2025-12:second',
      '2026-01:second',
      '2026-02:second',
      '2026-03:second',
    ]);
    // Centred exactly on the window's middle: in neither half.
    const quarter = resolveWindow({ from: '2026-01-01', to: '2026-03-31' });
    expect(quarter.months.map((month) => month.half)).toEqual(['first', null, 'second']);
  });

  test('crosses a year end', () => {
    expect(resolveWindow({ from: '2025-11-20', to: '2026-02-10' }).months.map((month) => month.month)).toEqual([
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
    ]);
  });

  test('refuses a window that ends before it starts', () => {
    expect(() => resolveWindow({ from: '2026-02-01', to: '2026-01-31' })).toThrow(RangeError);
  });

  test('days in words', () => {
    expect(formatDay('2026-04-02')).toBe('2 Apr 2026');
  });

  test('day numbers read digit by digit agree with Date.UTC (every day 1800–2200, every 11th to 9999) and on odd strings', () => {
    const byDateUtc = (day: string) => Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / 86_400_000;
    const first = byDateUtc('0100-01-01');
    const last = byDateUtc('9999-12-31');
    let checked = 0;
    const busy = [byDateUtc('1800-01-01'), byDateUtc('2200-12-31')] as const;
    for (let day = first; day <= last; day += day >= busy[0] && day <= busy[1] ? 1 : 11) {
      const iso = isoDay(day);
      if (dayNumber(iso) !== day) expect(dayNumber(iso)).toBe(day);
      checked += 1;
    }
    expect(checked).toBeGreaterThan(busy[1] - busy[0]);
    for (const odd of ['0050-06-01', '2026-13-01', '2026-00-10', '2026-02-30', '2026-01-00', '2026-1-05', '2026/03/15', '2026-03-15T10:00', '+202-01-01', 'soon', '']) {
      expect(Object.is(dayNumber(odd), byDateUtc(odd))).toBe(true);
    }
  });
});
