import { describe, expect, it } from 'vitest';
import { isQuietTime, minutesOf, reminderText, shouldRemind, type ReminderRules } from './reminders';

const at = (today: string, time: string) => ({ today, minuteOfDay: minutesOf(time) });
const ON: ReminderRules = { enabled: true, quietFrom: '21:00', quietUntil: '08:00' };

describe('quiet hours', () => {
  it('cross midnight when they end earlier than they start', () => {
    expect(['21:00', '23:59', '00:00', '03:15', '07:59'].map((time) => isQuietTime(minutesOf(time), '21:00', '08:00'))).toEqual([true, true, true, true, true]);
    expect(['08:00', '12:00', '20:59'].map((time) => isQuietTime(minutesOf(time), '21:00', '08:00'))).toEqual([false, false, false]);
  });

  it('stay within a day when they end later than they start', () => {
    expect(['12:30', '13:00', '13:59'].map((time) => isQuietTime(minutesOf(time), '12:30', '14:00'))).toEqual([true, true, true]);
    expect(['12:29', '14:00', '23:00', '00:00'].map((time) => isQuietTime(minutesOf(time), '12:30', '14:00'))).toEqual([false, false, false, false]);
  });
});

describe('whether to remind now', () => {
  it('never while reminders are off', () => {
    expect(shouldRemind({ ...ON, enabled: false }, at('2026-03-15', '12:00'))).toBe(false);
  });

  it('reminds once outside the quiet hours, then not again that day, then again the next day', () => {
    expect(shouldRemind(ON, at('2026-03-15', '12:00'))).toBe(true);
    const reminded = { ...ON, lastRemindedDay: '2026-03-15' };
    expect(shouldRemind(reminded, at('2026-03-15', '12:05'))).toBe(false);
    expect(shouldRemind(reminded, at('2026-03-15', '20:59'))).toBe(false);
    expect(shouldRemind(reminded, at('2026-03-16', '00:30'))).toBe(false);
    expect(shouldRemind(reminded, at('2026-03-16', '08:00'))).toBe(true);
  });

  it('waits when the app starts during the quiet hours, and reminds once they end', () => {
    const rules = { ...ON, lastRemindedDay: '2026-03-14' };
    expect(shouldRemind(rules, at('2026-03-15', '06:30'))).toBe(false);
    expect(shouldRemind(rules, at('2026-03-15', '07:59'))).toBe(false);
    expect(shouldRemind(rules, at('2026-03-15', '08:01'))).toBe(true);
  });

  it('does not remind again after the clock goes back past a day already reminded', () => {
    expect(shouldRemind({ ...ON, lastRemindedDay: '2026-03-16' }, at('2026-03-15', '12:00'))).toBe(false);
  });
});

describe('the summary', () => {
  it('counts what is due, in words, leaving out what is 0', () => {
    expect(reminderText({ day: '2026-03-15', checkInsDue: 2, lessonsToday: 1, practiceDue: 3 })).toBe('2 check-ins due, 1 lesson planned today, 3 practice items due');
    expect(reminderText({ day: '2026-03-15', checkInsDue: 1, lessonsToday: 0, practiceDue: 1 })).toBe('1 check-in due, 1 practice item due');
  });
});
