import type Database from 'better-sqlite3';
import type { MonthlyCell } from '../analysis/input';
import { BENEFITS, Direction } from '../../shared/entities/exchange';
import { statement } from './statements';

export interface DayRange {
  from: string;
  to: string;
}

/** A month the window covers only in part: the days inside it, and the month's other days. */
export interface PartialMonth {
  month: string;
  inside: DayRange;
  outside: DayRange[];
}

/** A window split into the months the rollup answers whole and the (at most two) months it covers in part. */
export interface WindowSplit {
  /** First and last whole month ('YYYY-MM'), or null when the window holds none. */
  wholeMonths: { from: string; to: string } | null;
  partialMonths: PartialMonth[];
}

const MS_PER_DAY = 86_400_000;
const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / MS_PER_DAY;
const isoDay = (day: number) => new Date(day * MS_PER_DAY).toISOString().slice(0, 10);

/** 'YYYY-MM' of a month's number (year × 12 + month − 1), the number the rollup read gives too. */
const monthName = (index: number) => `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;

const shiftMonth = (month: string, by: 1 | -1): string => monthName(Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + by);

/** The first and last day of a month. */
function monthDays(month: string): DayRange {
  const days = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(days).padStart(2, '0')}` };
}

function partialMonth(month: string, window: DayRange): PartialMonth {
  const all = monthDays(month);
  const inside = { from: window.from > all.from ? window.from : all.from, to: window.to < all.to ? window.to : all.to };
  const outside: DayRange[] = [];
  if (inside.from > all.from) outside.push({ from: all.from, to: isoDay(dayNumber(inside.from) - 1) });
  if (inside.to < all.to) outside.push({ from: isoDay(dayNumber(inside.to) + 1), to: all.to });
  return { month, inside, outside };
}

/**
 * The monthly rollup cannot be cut by day: the window's whole months read it, and a month the
 * window covers in part (its first and last, at most two) is read day by day (exchange_days).
 */
export function splitWindow(window: DayRange): WindowSplit {
  const firstMonth = window.from.slice(0, 7);
  const lastMonth = window.to.slice(0, 7);
  const first = partialMonth(firstMonth, window);
  if (firstMonth === lastMonth) {
    return first.outside.length === 0
      ? { wholeMonths: { from: firstMonth, to: firstMonth }, partialMonths: [] }
      : { wholeMonths: null, partialMonths: [first] };
  }
  const last = partialMonth(lastMonth, window);
  const from = first.outside.length === 0 ? firstMonth : shiftMonth(firstMonth, 1);
  const to = last.outside.length === 0 ? lastMonth : shiftMonth(lastMonth, -1);
  return {
    wholeMonths: from <= to ? { from, to } : null,
    partialMonths: [first, last].filter((month) => month.outside.length > 0),
  };
}

type CellRow = Omit<MonthlyCell, 'month'>;

/** Days of a range that can hold rows: those between the person's first and last live exchange. */
function liveDays(range: DayRange, span: DayRange): number {
  const from = range.from > span.from ? range.from : span.from;
  const to = range.to < span.to ? range.to : span.to;
  return from > to ? 0 : dayNumber(to) - dayNumber(from) + 1;
}

/**
 * One person's live ledger in the window, summed per month, direction and benefit. Whole months
 * come from exchange_months (migration 0003). A partial month is summed over its days inside the
 * window from exchange_days (migration 0011: a day's rows summed, a third as many rows), or — when fewer of the month's days lie outside the window (typically the window's last
 * month, whose later days are still to come) — taken from the rollup less the days outside. Days
 * before the person's first or after their last exchange hold nothing and are not read.
 */
export function ledgerCells(db: Database.Database, collaboratorId: string, split: WindowSplit): MonthlyCell[] {
  const span = statement(
    db,
    `SELECT (SELECT min(date) FROM exchanges WHERE collaborator_id = @id AND deleted_at IS NULL) AS "from",
            (SELECT max(date) FROM exchanges WHERE collaborator_id = @id AND deleted_at IS NULL) AS "to"`,
  ).get({ id: collaboratorId }) as { from: string | null; to: string | null };
  if (span.from === null || span.to === null) return [];
  const live = { from: span.from, to: span.to };
  const rollup = statement(
    db,
    `SELECT month, direction, benefit, weight_sum AS weight, entry_count AS count
     FROM exchange_months WHERE collaborator_id = ? AND month BETWEEN ? AND ?`,
  );
  const days = statement(
    db,
    `SELECT direction, benefit, sum(weight_sum) AS weight, sum(entry_count) AS count
     FROM exchange_days WHERE collaborator_id = ? AND date BETWEEN ? AND ?
     GROUP BY direction, benefit`,
  );
  const sumDays = (range: DayRange) =>
    liveDays(range, live) === 0 ? [] : (days.all(collaboratorId, range.from, range.to) as CellRow[]);

  const cells: MonthlyCell[] = [];
  if (split.wholeMonths) {
    cells.push(...(rollup.all(collaboratorId, split.wholeMonths.from, split.wholeMonths.to) as MonthlyCell[]));
  }
  for (const { month, inside, outside } of split.partialMonths) {
    const outsideDays = outside.reduce((sum, range) => sum + liveDays(range, live), 0);
    if (outsideDays >= liveDays(inside, live)) {
      for (const row of sumDays(inside)) cells.push({ month, ...row });
      continue;
    }
    const byKey = new Map<string, MonthlyCell>();
    for (const cell of rollup.all(collaboratorId, month, month) as MonthlyCell[]) byKey.set(`${cell.direction}|${cell.benefit}`, cell);
    for (const row of outside.flatMap(sumDays)) {
      const cell = byKey.get(`${row.direction}|${row.benefit}`);
      if (cell) byKey.set(`${row.direction}|${row.benefit}`, { ...cell, weight: cell.weight - row.weight, count: cell.count - row.count });
    }
    cells.push(...[...byKey.values()].filter((cell) => cell.count > 0));
  }
  return cells;
}

/** Every (direction, benefit) pair of the ledger, and the SQL that gives a row's place in this list. */
const CELLS = Direction.options.flatMap((direction) => BENEFITS.map((benefit) => ({ direction, benefit })));
const CELL_CODE = `(CASE r.direction ${Direction.options.map((direction, i) => `WHEN '${direction}' THEN ${i * BENEFITS.length}`).join(' ')} END)
  + (CASE r.benefit ${BENEFITS.map((benefit, i) => `WHEN '${benefit}' THEN ${i}`).join(' ')} END)`;

/**
 * ledgerCells for many people at once, the same cells in the same order per person: one read of
 * everyone's live span, one of the rollup's whole months and one of every partial-month range
 * (each person's own choice of the days inside or the rollup less the days outside).
 */
export function ledgerCellsByPerson(db: Database.Database, collaboratorIds: readonly string[], split: WindowSplit): Map<string, MonthlyCell[]> {
  const ids = JSON.stringify(collaboratorIds);
  const spans = statement(
    db,
    `SELECT j.value AS id,
       (SELECT min(date) FROM exchanges WHERE collaborator_id = j.value AND deleted_at IS NULL) AS "from",
       (SELECT max(date) FROM exchanges WHERE collaborator_id = j.value AND deleted_at IS NULL) AS "to"
     FROM json_each(?) j`,
  ).all(ids) as { id: string; from: string | null; to: string | null }[];
  // A long window's whole months are thousands of cells, and better-sqlite3 hands each row and value
  // to JavaScript at a cost (3.4 ms for a year's 4,300 cells at a million exchanges, text or not):
  // SQLite packs the cells into one JSON array of integers instead — the person's place in
  // `collaboratorIds`, the month's number, the (direction, benefit) pair's code, weight and count —
  // which JSON.parse reads in half the time; the few distinct strings are looked up here.
  const rollup = statement(
    db,
    `SELECT json_group_array(json_array(j.key, CAST(substr(r.month, 1, 4) AS INTEGER) * 12 + CAST(substr(r.month, 6, 2) AS INTEGER) - 1,
       ${CELL_CODE}, r.weight_sum, r.entry_count))
     FROM json_each(@ids) j CROSS JOIN exchange_months r WHERE r.collaborator_id = j.value AND r.month BETWEEN @from AND @to`,
  ).pluck();
  const monthNames = new Map<number, string>();
  const monthOf = (index: number) => {
    let name = monthNames.get(index);
    if (name === undefined) {
      name = monthName(index);
      monthNames.set(index, name);
    }
    return name;
  };
  const rollupOf = (from: string, to: string) => {
    const byPerson = new Map<string, MonthlyCell[]>();
    const rows = JSON.parse(rollup.get({ ids, from, to }) as string) as [number, number, number, number, number][];
    for (const [person, month, code, weight, count] of rows) {
      const id = collaboratorIds[person] as string;
      const { direction, benefit } = CELLS[code] as (typeof CELLS)[number];
      const cell: MonthlyCell = { month: monthOf(month), direction, benefit, weight, count };
      const list = byPerson.get(id);
      if (list) list.push(cell);
      else byPerson.set(id, [cell]);
    }
    return byPerson;
  };
  const whole = split.wholeMonths ? rollupOf(split.wholeMonths.from, split.wholeMonths.to) : new Map<string, MonthlyCell[]>();
  const partialRollups = split.partialMonths.map(({ month }) => rollupOf(month, month));

  // Every day range any person's partial months need, summed in one read; a range with no live days is not read.
  const ranges: [string, string, string][] = [];
  const rangeOf = (id: string, range: DayRange, live: DayRange): number => {
    if (liveDays(range, live) === 0) return -1;
    ranges.push([id, range.from, range.to]);
    return ranges.length - 1;
  };
  const plans = spans.map((span) => {
    if (span.from === null || span.to === null) return null;
    const live = { from: span.from, to: span.to };
    return split.partialMonths.map(({ inside, outside }) => {
      const outsideDays = outside.reduce((sum, range) => sum + liveDays(range, live), 0);
      return outsideDays >= liveDays(inside, live)
        ? { fromRollup: false, ranges: [rangeOf(span.id, inside, live)] }
        : { fromRollup: true, ranges: outside.map((range) => rangeOf(span.id, range, live)) };
    });
  });
  const sums: CellRow[][] = ranges.map(() => []);
  if (ranges.length > 0) {
    const rows = statement(
      db,
      `SELECT j.key AS range, d.direction, d.benefit, sum(d.weight_sum) AS weight, sum(d.entry_count) AS count
       FROM json_each(?) j CROSS JOIN exchange_days d
       WHERE d.collaborator_id = j.value ->> 0 AND d.date BETWEEN j.value ->> 1 AND j.value ->> 2
       GROUP BY j.key, d.direction, d.benefit`,
    ).all(JSON.stringify(ranges)) as (CellRow & { range: number })[];
    for (const { range, ...row } of rows) sums[range]?.push(row);
  }
  const sumsOf = (range: number) => (range < 0 ? [] : (sums[range] ?? []));

  const cellsByPerson = new Map<string, MonthlyCell[]>();
  spans.forEach((span, index) => {
    const plan = plans[index];
    if (!plan) {
      cellsByPerson.set(span.id, []);
      return;
    }
    const cells: MonthlyCell[] = [...(whole.get(span.id) ?? [])];
    split.partialMonths.forEach(({ month }, monthIndex) => {
      const { fromRollup, ranges: own } = plan[monthIndex] as { fromRollup: boolean; ranges: number[] };
      if (!fromRollup) {
        for (const row of own.flatMap(sumsOf)) cells.push({ month, ...row });
        return;
      }
      const byKey = new Map<string, MonthlyCell>();
      for (const cell of partialRollups[monthIndex]?.get(span.id) ?? []) byKey.set(`${cell.direction}|${cell.benefit}`, cell);
      for (const row of own.flatMap(sumsOf)) {
        const cell = byKey.get(`${row.direction}|${row.benefit}`);
        if (cell) byKey.set(`${row.direction}|${row.benefit}`, { ...cell, weight: cell.weight - row.weight, count: cell.count - row.count });
      }
      cells.push(...[...byKey.values()].filter((cell) => cell.count > 0));
    });
    cellsByPerson.set(span.id, cells);
  });
  return cellsByPerson;
}
