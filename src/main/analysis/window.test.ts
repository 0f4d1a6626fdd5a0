import { describe, expect, test } from 'vitest';
import { formatDay, resolveWindow, windowEnding, windowLabel } from './window';

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
});
