import { describe, expect, it } from 'vitest';
import { AnchorInput, formatAnchor } from './entities/feedback';
import {
  TIME_FORMAT_MESSAGE,
  TIME_LIMIT_MESSAGE,
  TIME_ORDER_MESSAGE,
  formatSeconds,
  formatTimeAnchor,
  looksLikeTime,
  parseTimeRange,
} from './timeAnchor';

describe('parseTimeRange', () => {
  const valid: [string, number, number | null][] = [
    ['1:23', 83, null],
    ['0:00', 0, null],
    ['1:23–1:40', 83, 100],
    ['1:23-1:40', 83, 100],
    ['1:23 - 1:40', 83, 100],
    ['1:23—1:40', 83, 100],
    ['  12:05–12:30  ', 725, 750],
    ['75:00-80:00', 4500, 4800],
    ['1:02:03–1:02:40', 3723, 3760],
    ['59:59-1:00:01', 3599, 3601],
    ['23:59:59', 86399, null],
  ];
  it.each(valid)('reads %j as %i–%s seconds', (text, startSec, endSec) => {
    expect(parseTimeRange(text)).toEqual({ ok: true, startSec, endSec });
  });

  const invalid: [string, string][] = [
    ['1:70', TIME_FORMAT_MESSAGE],
    ['1:7', TIME_FORMAT_MESSAGE],
    ['1:23-', TIME_FORMAT_MESSAGE],
    ['-1:23', TIME_FORMAT_MESSAGE],
    ['1:23-1:40-1:50', TIME_FORMAT_MESSAGE],
    ['1:60:00', TIME_FORMAT_MESSAGE],
    [':23', TIME_FORMAT_MESSAGE],
    ['1:40–1:23', TIME_ORDER_MESSAGE],
    ['1:23–1:23', TIME_ORDER_MESSAGE],
    ['24:00:00', TIME_LIMIT_MESSAGE],
  ];
  it.each(invalid)('refuses %j with a message', (text, message) => {
    expect(parseTimeRange(text)).toEqual({ ok: false, message });
  });
});

describe('formatting', () => {
  it.each([
    [0, '0:00'],
    [83, '1:23'],
    [600, '10:00'],
    [3723, '1:02:03'],
    [36000, '10:00:00'],
  ])('formats %i seconds as %s', (seconds, text) => {
    expect(formatSeconds(seconds)).toBe(text);
  });

  it('formats a range with an en dash and a point alone', () => {
    expect(formatTimeAnchor(83, 100)).toBe('1:23–1:40');
    expect(formatTimeAnchor(83, null)).toBe('1:23');
  });

  it('round-trips every formatted range through the parser', () => {
    for (const [start, end] of [[0, 1], [59, 61], [3599, 3600], [4500, 86399]] as const) {
      expect(parseTimeRange(formatTimeAnchor(start, end))).toEqual({ ok: true, startSec: start, endSec: end });
    }
  });
});

describe('AnchorInput', () => {
  const parse = (value: unknown) => AnchorInput.safeParse(value);

  it('turns time-like text into a time anchor and other text into a text anchor', () => {
    expect(parse('1:23–1:40').data).toEqual({ kind: 'time', startSec: 83, endSec: 100 });
    expect(parse(' bar 32 ').data).toEqual({ kind: 'text', text: 'bar 32' });
    expect(parse('verse 2: top left').data).toEqual({ kind: 'text', text: 'verse 2: top left' });
    expect(parse('page 4').data).toEqual({ kind: 'text', text: 'page 4' });
  });

  it('reads empty text and null as no anchor', () => {
    expect(parse('').data).toEqual({ kind: 'none' });
    expect(parse('   ').data).toEqual({ kind: 'none' });
    expect(parse(null).data).toEqual({ kind: 'none' });
  });

  it('accepts seconds, checking the order', () => {
    expect(parse({ startSec: 83, endSec: 100 }).data).toEqual({ kind: 'time', startSec: 83, endSec: 100 });
    expect(parse({ startSec: 83 }).data).toEqual({ kind: 'time', startSec: 83, endSec: null });
    expect(parse({ startSec: 100, endSec: 83 }).error?.issues[0]?.message).toBe(TIME_ORDER_MESSAGE);
    expect(parse({ startSec: -1 }).error?.issues[0]?.message).toBe('Times cannot be negative');
    expect(parse({ startSec: 1.5 }).error?.issues[0]?.message).toBe('Times are whole seconds');
    expect(parse({ startSec: 1, extra: 2 }).success).toBe(false);
  });

  it('reports a mistyped time instead of keeping it as free text', () => {
    expect(looksLikeTime('1:7O')).toBe(false);
    expect(looksLikeTime('1:70-2:00')).toBe(true);
    expect(parse('1:70-2:00').error?.issues[0]?.message).toBe(TIME_FORMAT_MESSAGE);
    expect(parse('2:00–1:00').error?.issues[0]?.message).toBe(TIME_ORDER_MESSAGE);
  });

  it('limits free text and refuses other types with a plain message', () => {
    expect(parse('x'.repeat(201)).error?.issues[0]?.message).toBe('An anchor must be at most 200 characters');
    expect(parse(42).error?.issues[0]?.message).toMatch(/Give the anchor as text/);
  });

  it('formats every kind for display', () => {
    expect(formatAnchor({ kind: 'none' })).toBe('');
    expect(formatAnchor({ kind: 'text', text: 'bar 32' })).toBe('bar 32');
    expect(formatAnchor({ kind: 'time', startSec: 83, endSec: 100 })).toBe('1:23–1:40');
  });
});
