/** Calendar arithmetic on ISO days, in UTC so that no time zone moves a day. */

const MS_PER_DAY = 86_400_000;
const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Days since 1970-01-01 for 'YYYY-MM-DD'. */
export function dayNumber(isoDay: string): number {
  return Date.UTC(Number(isoDay.slice(0, 4)), Number(isoDay.slice(5, 7)) - 1, Number(isoDay.slice(8, 10))) / MS_PER_DAY;
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
