import type Database from 'better-sqlite3';
import type { MonthlyCell } from '../analysis/input';
import { statement } from './statements';

/** A window split into the months the rollup can answer whole and the days it cannot. */
export interface WindowSplit {
  /** First and last whole month ('YYYY-MM'), or null when the window holds none. */
  wholeMonths: { from: string; to: string } | null;
  /** At most two day ranges, each inside one month (the partial first and last months), read from the ledger itself. */
  partialDays: { from: string; to: string }[];
}

const monthKey = (year: number, month: number) => `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;

function shiftMonth(month: string, by: 1 | -1): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + by;
  return monthKey(Math.floor(index / 12), (index % 12) + 1);
}

/** The last day of a month, 'YYYY-MM-DD'. */
function lastDayOf(month: string): string {
  const days = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate();
  return `${month}-${String(days).padStart(2, '0')}`;
}

/**
 * The rollup is month-grained and cannot be cut by day, so a window that starts after the 1st or
 * ends before a month's last day reads those months' days from the ledger (at most two partial
 * months), and everything between from the rollup.
 */
export function splitWindow(window: { from: string; to: string }): WindowSplit {
  const firstMonth = window.from.slice(0, 7);
  const lastMonth = window.to.slice(0, 7);
  const startsWhole = window.from === `${firstMonth}-01`;
  const endsWhole = window.to === lastDayOf(lastMonth);
  if (firstMonth === lastMonth) {
    return startsWhole && endsWhole
      ? { wholeMonths: { from: firstMonth, to: lastMonth }, partialDays: [] }
      : { wholeMonths: null, partialDays: [{ from: window.from, to: window.to }] };
  }
  const partialDays: WindowSplit['partialDays'] = [];
  if (!startsWhole) partialDays.push({ from: window.from, to: lastDayOf(firstMonth) });
  if (!endsWhole) partialDays.push({ from: `${lastMonth}-01`, to: window.to });
  const from = startsWhole ? firstMonth : shiftMonth(firstMonth, 1);
  const to = endsWhole ? lastMonth : shiftMonth(lastMonth, -1);
  return { wholeMonths: from <= to ? { from, to } : null, partialDays };
}

interface CellRow {
  month: string;
  direction: MonthlyCell['direction'];
  benefit: MonthlyCell['benefit'];
  weight: number;
  count: number;
}

/**
 * One person's live ledger in the window, summed per month, direction and benefit: whole months
 * from exchange_months (0003), partial months from exchanges_by_collaborator (a covering scan).
 */
export function ledgerCells(db: Database.Database, collaboratorId: string, split: WindowSplit): MonthlyCell[] {
  const cells: CellRow[] = [];
  if (split.wholeMonths) {
    const rows = statement(
      db,
      `SELECT month, direction, benefit, weight_sum AS weight, entry_count AS count
       FROM exchange_months WHERE collaborator_id = ? AND month BETWEEN ? AND ?`,
    ).all(collaboratorId, split.wholeMonths.from, split.wholeMonths.to) as CellRow[];
    cells.push(...rows);
  }
  // Each partial range lies inside one month (splitWindow), so its month is known without substr().
  const partial = statement(
    db,
    `SELECT direction, benefit, sum(weight) AS weight, count(*) AS count
     FROM exchanges WHERE collaborator_id = ? AND deleted_at IS NULL AND date BETWEEN ? AND ?
     GROUP BY direction, benefit`,
  );
  for (const days of split.partialDays) {
    const month = days.from.slice(0, 7);
    for (const row of partial.all(collaboratorId, days.from, days.to) as Omit<CellRow, 'month'>[]) cells.push({ month, ...row });
  }
  return cells;
}
