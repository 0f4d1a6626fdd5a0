import { afterEach, describe, expect, it } from 'vitest';
import { readCalendar } from '../testing/calendarReading';
import { calendarFile, calendarUid, sequenceOf, type CalendarEvent } from './calendarFile';

const STAMP = '2026-03-15T12:00:00.000Z';
const LESSON_ID = '6f1c2a4e-1d7b-4c3a-9f51-0a2b3c4d5e6f';
const PRACTICE_ID = '0b9e8d7c-6a5f-4e3d-8c2b-1a0f9e8d7c6b';
const PERSON_ID = 'd3c2b1a0-9f8e-4d7c-b6a5-4f3e2d1c0b9a';

const EVENTS: CalendarEvent[] = [
  { kind: 'lesson', recordId: LESSON_ID, date: '2026-03-20', summary: 'Lesson with Anna Kowalski', description: 'Voice leading', updatedAt: '2026-03-10T09:30:00.000Z', categories: ['Lesson'] },
  { kind: 'practice', recordId: PRACTICE_ID, date: '2026-03-31', summary: 'Practice due: scales in thirds', updatedAt: '2026-03-11T18:05:00.000Z' },
  { kind: 'check-in', recordId: PERSON_ID, date: '2026-04-01', summary: 'Check in with Jonas Weber', updatedAt: '2026-02-01T00:00:00.000Z' },
];

describe('the calendar file', () => {
  it('parses back with ical.js to the same all-day events, dates and UIDs', () => {
    const text = calendarFile(EVENTS, STAMP);
    const read = readCalendar(text);
    expect(read.version).toBe('2.0');
    expect(read.productId).toMatch(/Counterpoint/);
    expect(read.name).toBe('Counterpoint');
    expect(read.events.map(({ uid, start, end, allDay, summary }) => ({ uid, start, end, allDay, summary }))).toEqual([
      { uid: `lesson-${LESSON_ID}@counterpoint`, start: '2026-03-20', end: '2026-03-21', allDay: true, summary: 'Lesson with Anna Kowalski' },
      { uid: `practice-${PRACTICE_ID}@counterpoint`, start: '2026-03-31', end: '2026-04-01', allDay: true, summary: 'Practice due: scales in thirds' },
      { uid: `check-in-${PERSON_ID}@counterpoint`, start: '2026-04-01', end: '2026-04-02', allDay: true, summary: 'Check in with Jonas Weber' },
    ]);
    expect(read.events[0]).toMatchObject({ description: 'Voice leading', categories: ['Lesson'], sequence: sequenceOf(EVENTS[0]!.updatedAt) });
    expect(read.events[0]!.lastModified).toBe('2026-03-10T09:30:00Z');
    expect(read.events.every((event) => event.stamp === '2026-03-15T12:00:00Z')).toBe(true);
    expect(text).toContain('DTSTART;VALUE=DATE:20260320\r\n');
  });

  it('gives the same UIDs on every export, and a check-in keeps its UID when its due date moves', () => {
    const first = readCalendar(calendarFile(EVENTS, STAMP)).events.map((event) => event.uid);
    const moved = EVENTS.map((event) => (event.kind === 'check-in' ? { ...event, date: '2026-05-13', updatedAt: '2026-03-14T08:00:00.000Z' } : event));
    const again = readCalendar(calendarFile(moved, '2026-03-16T07:00:00.000Z')).events;
    expect(again.map((event) => event.uid)).toEqual(first);
    expect(again[2]).toMatchObject({ uid: calendarUid({ kind: 'check-in', recordId: PERSON_ID }), start: '2026-05-13' });
    expect(again[2]!.sequence).toBeGreaterThan(readCalendar(calendarFile(EVENTS, STAMP)).events[2]!.sequence!);
  });

  it('keeps commas, semicolons, backslashes, newlines and long non-ASCII text intact (escaped and folded)', () => {
    const summary = 'Lesson; bring: scores, pencil, metronome \\ tuner';
    const description = `Line one, with a comma; and a semicolon\nLine two: ${'Ünïcödé ♪ 音楽 '.repeat(30)}\n\nAfter a blank line`;
    const text = calendarFile([{ ...EVENTS[0]!, summary, description }], STAMP);
    const lines = text.split('\r\n');
    expect(lines.every((line) => Buffer.byteLength(line, 'utf8') <= 75)).toBe(true);
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
    const [event] = readCalendar(text).events;
    expect(event).toMatchObject({ summary, description });
  });

  it('is a valid calendar with no events for an empty library', () => {
    const text = calendarFile([], STAMP);
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(text.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
    expect(readCalendar(text)).toMatchObject({ version: '2.0', name: 'Counterpoint', events: [] });
  });
});

describe('the calendar file far east and far west of UTC', () => {
  const original = process.env.TZ;
  afterEach(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });

  // Node reads TZ again whenever it is assigned; each case first checks the zone is really in force.
  it.each([
    ['Pacific/Kiritimati', -14 * 60],
    ['Pacific/Pago_Pago', 11 * 60],
    ['UTC', 0],
  ])('writes every day as it is under TZ=%s', (zone, offsetMinutes) => {
    process.env.TZ = zone;
    expect(new Date(2026, 0, 1).getTimezoneOffset()).toBe(offsetMinutes);
    const days = ['2026-01-01', '2026-02-28', '2026-03-29', '2026-10-25', '2026-12-31', '2028-02-29'];
    const events = days.map((date, index) => ({ ...EVENTS[index % 3]!, recordId: `${index}`, date }));
    const read = readCalendar(calendarFile(events, STAMP)).events;
    expect(read.map((event) => event.start)).toEqual(days);
    expect(read.every((event) => event.allDay)).toBe(true);
  });
});
