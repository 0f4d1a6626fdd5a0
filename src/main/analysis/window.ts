/** Calendar arithmetic on ISO days, in UTC so that no time zone moves a day. */

const MS_PER_DAY = 86_400_000;
const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const digit = (text: string, at: number) => text.charCodeAt(at) - 48;
const isDigit = (value: number) => value >= 0 && value <= 9;
const DIGIT_POSITIONS = [0, 1, 2, 3, 5, 6, 8, 9];

/**
 * Days since 1970-01-01 for 'YYYY-MM-DD'. Read digit by digit and counted with the civil-calendar
 * formula (H. Hinnant's days_from_civil) rather than through slices and Date.UTC: the engine turns
 * every input day of every active project into a number. Anything else goes the Date.UTC way, so
 * the result is the same for every string.
 */
export function dayNumber(isoDay: string): number {
  const year = digit(isoDay, 0) * 1000 + digit(isoDay, 1) * 100 + digit(isoDay, 2) * 10 + digit(isoDay, 3);
  const month = digit(isoDay, 5) * 10 + digit(isoDay, 6);
  const day = digit(isoDay, 8) * 10 + digit(isoDay, 9);
  const plain = DIGIT_POSITIONS.every((at) => isDigit(digit(isoDay, at)));
  // Date.UTC reads years 0–99 as 1900–1999: those, like anything odd, take its way.
  if (!plain || year < 100 || month < 1 || month > 12) {
    return Date.UTC(Number(isoDay.slice(0, 4)), Number(isoDay.slice(5, 7)) - 1, Number(isoDay.slice(8, 10))) / MS_PER_DAY;
  }
  const shifted = month <= 2 ? year - 1 : year;
  const era = Math.floor(shifted / 400);
  const yearOfEra = shifted - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

export function isoDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The window of `days` days that ends on (and includes) `today`. */
export function windowEnding(today: string, days: number): { from: string; to: string } {
  return { from: isoDay(dayNumber(today) - days + 1), to: today };
}

/** "3 Jan 2026". */
export function formatDay(day: string): string {
  return `${Number(day.slice(8, 10))} ${MONTH_NAMES[Number(day.slice(5, 7)) - 1]} ${day.slice(0, 4)}`;
}

/** The window in words: 180 → "the last 6 months", 365 → "the last year", 14 → "the last 2 weeks". */
export function windowLabel(days: number): string {
  const unit = (count: number, singular: string) => (count === 1 ? `the last ${singular}` : `the last ${count} ${singular}s`);
  if (days % 365 === 0) return unit(days / 365, 'year');
  if (days % 30 === 0) return unit(days / 30, 'month');
  if (days % 7 === 0) return unit(days / 7, 'week');
  return unit(days, 'day');
}

export interface WindowMonth {
  month: string;
  /** Which half of the window the month's days in the window mostly fall in; null when centred on the middle. */
  half: 'first' | 'second' | null;
}

/** The window resolved once: day numbers, its months in order, and which half each month belongs to. */
export interface ResolvedWindow {
  from: string;
  to: string;
  fromDay: number;
  toDay: number;
  days: number;
  label: string;
  fromMonth: string;
  toMonth: string;
  months: WindowMonth[];
  /** Month → position in `months`. */
  monthIndex: Map<string, number>;
}

export function resolveWindow(window: { from: string; to: string }): ResolvedWindow {
  const fromDay = dayNumber(window.from);
  const toDay = dayNumber(window.to);
  const days = toDay - fromDay + 1;
  if (!(days >= 1)) throw new RangeError(`The window must end on or after its start (${window.from} to ${window.to}).`);
  const middle = (fromDay + toDay) / 2;
  const months: WindowMonth[] = [];
  let year = Number(window.from.slice(0, 4));
  let month = Number(window.from.slice(5, 7));
  const toMonth = window.to.slice(0, 7);
  for (;;) {
    const key = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
    const first = Math.max(fromDay, Date.UTC(year, month - 1, 1) / MS_PER_DAY);
    const last = Math.min(toDay, Date.UTC(year, month, 0) / MS_PER_DAY);
    const centre = (first + last) / 2;
    months.push({ month: key, half: centre < middle ? 'first' : centre > middle ? 'second' : null });
    if (key >= toMonth) break;
    month += 1;
    if (month === 13) {
      month = 1;
      year += 1;
    }
  }
  return {
    from: window.from,
    to: window.to,
    fromDay,
    toDay,
    days,
    label: windowLabel(days),
    fromMonth: window.from.slice(0, 7),
    toMonth,
    months,
    monthIndex: new Map(months.map((entry, index) => [entry.month, index])),
  };
}

/** ISO days compare as strings, which keeps per-entry filtering cheap. */
export function inWindow(window: ResolvedWindow, day: string): boolean {
  return day >= window.from && day <= window.to;
}
