import { CHECK_IN_UNIT_LABEL, type Cadence } from './entities/checkIn';

/**
 * Due-date arithmetic on calendar days ('YYYY-MM-DD'). Days are counted on the proleptic
 * calendar itself, through UTC day numbers, never through local-midnight Date objects: a day
 * that is 23 or 25 hours long where the user lives (a daylight-saving change) is still one day.
 */

const DAY_MS = 86_400_000;

function parts(day: string): [year: number, month: number, date: number] {
  const [year = NaN, month = NaN, date = NaN] = day.split('-').map(Number);
  return [year, month, date];
}

/** Days since 1970-01-01 of a calendar day. */
function dayNumber(day: string): number {
  const [year, month, date] = parts(day);
  return Date.UTC(year, month - 1, date) / DAY_MS;
}

function fromDayNumber(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  return fromDayNumber(dayNumber(day) + days);
}

/** b − a in whole days. */
export function daysBetween(a: string, b: string): number {
  return dayNumber(b) - dayNumber(a);
}

const daysInMonth = (year: number, monthIndex: number) => new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();

/** The same day n months on, clamped to the month's end: Jan 31 + 1 month = Feb 28 (29 in a leap year). */
export function addMonths(day: string, months: number): string {
  const [year, month, date] = parts(day);
  const index = year * 12 + (month - 1) + months;
  const toYear = Math.floor(index / 12);
  const toMonth = index - toYear * 12;
  const clamped = Math.min(date, daysInMonth(toYear, toMonth));
  return fromDayNumber(Date.UTC(toYear, toMonth, clamped) / DAY_MS);
}

export function addCadence(day: string, cadence: Cadence): string {
  switch (cadence.unit) {
    case 'days':
      return addDays(day, cadence.every);
    case 'weeks':
      return addDays(day, cadence.every * 7);
    case 'months':
      return addMonths(day, cadence.every);
  }
}

export interface DueInput {
  cadence: Cadence;
  /** The latest live entry with them; null when there is none. */
  lastContact: string | null;
  snoozedUntil: string | null;
  today: string;
}

/**
 * The day a check-in is due: last contact + cadence, or today when nothing was ever logged with
 * them. A snooze holds it until its day: the later of the two wins, so a snooze never brings a
 * check-in forward.
 */
export function checkInDueDate({ cadence, lastContact, snoozedUntil, today }: DueInput): string {
  const due = lastContact === null ? today : addCadence(lastContact, cadence);
  return snoozedUntil !== null && snoozedUntil > due ? snoozedUntil : due;
}

/** "6 weeks", "1 month". */
export function cadenceWords({ every, unit }: Cadence): string {
  const label = CHECK_IN_UNIT_LABEL[unit];
  return `${every} ${every === 1 ? label.one : label.many}`;
}

/** "every 6 weeks", "every day", "every month". */
export function everyWords(cadence: Cadence): string {
  return cadence.every === 1 ? `every ${CHECK_IN_UNIT_LABEL[cadence.unit].one}` : `every ${cadenceWords(cadence)}`;
}

/** A stretch of days in the largest unit that keeps it readable: "today", "3 days", "9 weeks", "14 months". */
export function stretchWords(days: number): string {
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  if (days < 14) return count(days, 'day', 'days');
  if (days < 90) return count(Math.floor(days / 7), 'week', 'weeks');
  return count(Math.floor(days / 30.44), 'month', 'months');
}

/** "Last contact 9 weeks ago; you asked for every 6 weeks." */
export function cadenceReason(cadence: Cadence, lastContact: string | null, today: string): string {
  const contact =
    lastContact === null
      ? 'Nothing logged with them yet'
      : lastContact === today
        ? 'Last contact today'
        : `Last contact ${stretchWords(daysBetween(lastContact, today))} ago`;
  return `${contact}; you asked for ${everyWords(cadence)}.`;
}
