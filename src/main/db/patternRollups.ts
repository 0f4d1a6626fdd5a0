import type Database from 'better-sqlite3';
import type { FeedbackStatus } from '../analysis/input';
import type { RequestOutcome } from '../../shared/entities/request';
import type { DayRange, PartialMonth, WindowSplit } from './exchangeMonths';
import { statement } from './statements';

/**
 * The pattern engine's per-person tallies over a window, from the monthly rollups of migration 0010
 * for the window's whole months and from the rows themselves for its partial first and last months
 * (at most a month each), so a ten-year window costs about what a month does.
 */
interface MonthlyCount<Facets extends string> {
  /** The rollup, its facet columns, and the same count over the source rows of a span of days. */
  rollup: string;
  facets: readonly Facets[];
  rows: string;
  /** `rows` for everyone in the JSON array @ids at once, with their collaborator_id first. */
  rowsByPerson: string;
  /** Whether anyone has a row dated from @from to @to (a row, or none). */
  anyInDays: string;
}

/** The counts per facet value (joined with '|') of one person in the window. */
function monthlyCounts<Facets extends string>(
  db: Database.Database,
  query: MonthlyCount<Facets>,
  collaboratorId: string,
  split: WindowSplit,
): (Record<Facets, string> & { n: number })[] {
  const facets = query.facets.join(', ');
  const rows: (Record<Facets, string> & { n: number })[] = [];
  if (split.wholeMonths) {
    rows.push(
      ...(statement(
        db,
        `SELECT ${facets}, sum(entry_count) AS n FROM ${query.rollup}
         WHERE collaborator_id = ? AND month BETWEEN ? AND ? GROUP BY ${facets}`,
      ).all(collaboratorId, split.wholeMonths.from, split.wholeMonths.to) as (Record<Facets, string> & { n: number })[]),
    );
  }
  const days = statement(db, query.rows);
  for (const { inside } of split.partialMonths) {
    rows.push(...(days.all({ id: collaboratorId, from: inside.from, to: inside.to }) as (Record<Facets, string> & { n: number })[]));
  }
  return rows;
}

const FEEDBACK_RECEIVED: MonthlyCount<'status'> = {
  rollup: 'feedback_received_months',
  facets: ['status'],
  rows: `SELECT status, count(*) AS n FROM feedback
         WHERE collaborator_id = @id AND direction = 'received' AND deleted_at IS NULL AND date BETWEEN @from AND @to
         GROUP BY status`,
  rowsByPerson: `SELECT f.collaborator_id, f.status, count(*) AS n FROM json_each(@ids) j CROSS JOIN feedback f
         WHERE f.collaborator_id = j.value AND f.direction = 'received' AND f.deleted_at IS NULL AND f.date BETWEEN @from AND @to
         GROUP BY f.collaborator_id, f.status`,
  anyInDays: `SELECT 1 FROM feedback WHERE deleted_at IS NULL AND date BETWEEN @from AND @to AND direction = 'received' LIMIT 1`,
};

/** Feedback received from one person dated in the window, per status. */
export function receivedFeedbackCounts(
  db: Database.Database,
  collaboratorId: string,
  split: WindowSplit,
): { status: FeedbackStatus; n: number }[] {
  return monthlyCounts(db, FEEDBACK_RECEIVED, collaboratorId, split) as { status: FeedbackStatus; n: number }[];
}

const REQUESTS: MonthlyCount<'asked_by' | 'outcome'> = {
  rollup: 'request_months',
  facets: ['asked_by', 'outcome'],
  rows: `SELECT asked_by, outcome, count(*) AS n FROM requests
         WHERE collaborator_id = @id AND deleted_at IS NULL AND date_asked BETWEEN @from AND @to
         GROUP BY asked_by, outcome`,
  rowsByPerson: `SELECT r.collaborator_id, r.asked_by, r.outcome, count(*) AS n FROM json_each(@ids) j CROSS JOIN requests r
         WHERE r.collaborator_id = j.value AND r.deleted_at IS NULL AND r.date_asked BETWEEN @from AND @to
         GROUP BY r.collaborator_id, r.asked_by, r.outcome`,
  anyInDays: 'SELECT 1 FROM requests WHERE deleted_at IS NULL AND date_asked BETWEEN @from AND @to LIMIT 1',
};

/** Requests with one person asked in the window, per side and outcome. */
export function requestCounts(
  db: Database.Database,
  collaboratorId: string,
  split: WindowSplit,
): { asked_by: 'me' | 'them'; outcome: RequestOutcome; n: number }[] {
  return monthlyCounts(db, REQUESTS, collaboratorId, split) as { asked_by: 'me' | 'them'; outcome: RequestOutcome; n: number }[];
}

/** The learner path's sums over one span: positions count from 0 within it. */
export interface LearnerSums {
  month: string;
  lessons: number;
  rated: number;
  confidenceSum: number;
  confidencePositionSum: number;
  practiceTotal: number;
  practiceDone: number;
}

const LEARNER_DAYS = `
  SELECT count(*) AS lessons, count(confidence) AS rated, coalesce(sum(confidence), 0) AS confidenceSum,
    coalesce(sum(position * confidence), 0) AS confidencePositionSum,
    coalesce(sum(practice_total), 0) AS practiceTotal, coalesce(sum(practice_done), 0) AS practiceDone
  FROM (SELECT s.confidence, count(s.confidence) OVER (ORDER BY s.date, s.id ROWS UNBOUNDED PRECEDING) - 1 AS position,
          (SELECT count(*) FROM practice_items p WHERE p.lesson_id = s.id) AS practice_total,
          (SELECT count(p.done_date) FROM practice_items p WHERE p.lesson_id = s.id) AS practice_done
        FROM lessons s
        WHERE s.collaborator_id = @id AND s.user_role = 'learner' AND s.status = 'held' AND s.deleted_at IS NULL
          AND s.date BETWEEN @from AND @to)`;

/**
 * Held lessons as learner with one person in the window, summed: whole months from
 * learner_lesson_months, partial ones from the lessons, joined oldest first so that each span's
 * positions are shifted by the rated lessons before it (Σ (offset + p)·c = Σ p·c + offset·Σ c).
 */
export function learnerSums(db: Database.Database, collaboratorId: string, split: WindowSplit): Omit<LearnerSums, 'month'> {
  const spans: LearnerSums[] = [];
  if (split.wholeMonths) {
    spans.push(
      ...(statement(
        db,
        `SELECT month, lessons, rated, confidence_sum AS confidenceSum, confidence_position_sum AS confidencePositionSum,
           practice_total AS practiceTotal, practice_done AS practiceDone
         FROM learner_lesson_months WHERE collaborator_id = ? AND month BETWEEN ? AND ?`,
      ).all(collaboratorId, split.wholeMonths.from, split.wholeMonths.to) as LearnerSums[]),
    );
  }
  for (const { month, inside } of split.partialMonths) {
    spans.push({ month, ...(statement(db, LEARNER_DAYS).get({ id: collaboratorId, ...inside }) as Omit<LearnerSums, 'month'>) });
  }
  return joinSpans(spans);
}

/** Joins one person's spans oldest first, shifting each span's positions by the rated lessons before it. */
function joinSpans(spans: LearnerSums[]): Omit<LearnerSums, 'month'> {
  spans.sort((left, right) => (left.month < right.month ? -1 : left.month > right.month ? 1 : 0));
  const total = { lessons: 0, rated: 0, confidenceSum: 0, confidencePositionSum: 0, practiceTotal: 0, practiceDone: 0 };
  for (const span of spans) {
    total.confidencePositionSum += span.confidencePositionSum + total.rated * span.confidenceSum;
    total.lessons += span.lessons;
    total.rated += span.rated;
    total.confidenceSum += span.confidenceSum;
    total.practiceTotal += span.practiceTotal;
    total.practiceDone += span.practiceDone;
  }
  return total;
}

/** The days in a span with input received on a project (project_input_days): one row a day, not one an entry. */
export function inputDays(db: Database.Database, projectId: string, window: DayRange): string[] {
  return statement(db, 'SELECT date FROM project_input_days WHERE project_id = ? AND date BETWEEN ? AND ? ORDER BY date')
    .pluck()
    .all(projectId, window.from, window.to) as string[];
}

/**
 * The split as one kind's rollup answers it for everyone: a partial month whose days outside the
 * window hold no row of that kind (typically the window's last month, its later days still to come)
 * is its whole month in the rollup, so it joins the whole months and its rows are not read.
 */
function rollupSplit(db: Database.Database, anyInDays: string, split: WindowSplit): WindowSplit {
  const any = statement(db, anyInDays);
  let wholeMonths = split.wholeMonths;
  const partialMonths: PartialMonth[] = [];
  for (const partial of split.partialMonths) {
    if (partial.outside.some((range) => any.get(range) !== undefined)) {
      partialMonths.push(partial);
      continue;
    }
    // A partial month is the window's first or last: next to the whole months, so the range stays unbroken.
    wholeMonths = wholeMonths
      ? { from: partial.month < wholeMonths.from ? partial.month : wholeMonths.from, to: partial.month > wholeMonths.to ? partial.month : wholeMonths.to }
      : { from: partial.month, to: partial.month };
  }
  return { wholeMonths, partialMonths };
}

type PersonRows<Row> = Map<string, Row[]>;

function pushTo<Row>(byPerson: PersonRows<Row>, id: string, row: Row): void {
  const list = byPerson.get(id);
  if (list) list.push(row);
  else byPerson.set(id, [row]);
}

/**
 * monthlyCounts for everyone in `collaboratorIds` at once: one read of the rollup, one per partial
 * month the rollup cannot answer (rollupSplit). The same counts; the rows may be grouped otherwise.
 */
function monthlyCountsByPerson<Facets extends string>(
  db: Database.Database,
  query: MonthlyCount<Facets>,
  collaboratorIds: readonly string[],
  windowSplit: WindowSplit,
): PersonRows<Record<Facets, string> & { n: number }> {
  type Row = Record<Facets, string> & { n: number };
  const split = rollupSplit(db, query.anyInDays, windowSplit);
  const ids = JSON.stringify(collaboratorIds);
  const facets = query.facets.map((facet) => `r.${facet}`).join(', ');
  const byPerson: PersonRows<Row> = new Map();
  const collect = (rows: (Row & { collaborator_id: string })[]) => {
    for (const { collaborator_id: id, ...row } of rows) pushTo(byPerson, id, row as unknown as Row);
  };
  if (split.wholeMonths) {
    collect(
      statement(
        db,
        `SELECT r.collaborator_id, ${facets}, sum(r.entry_count) AS n FROM json_each(@ids) j CROSS JOIN ${query.rollup} r
         WHERE r.collaborator_id = j.value AND r.month BETWEEN @from AND @to GROUP BY r.collaborator_id, ${facets}`,
      ).all({ ids, ...split.wholeMonths }) as (Row & { collaborator_id: string })[],
    );
  }
  const days = statement(db, query.rowsByPerson);
  for (const { inside } of split.partialMonths) {
    collect(days.all({ ids, from: inside.from, to: inside.to }) as (Row & { collaborator_id: string })[]);
  }
  return byPerson;
}

/** receivedFeedbackCounts for many people at once. */
export function receivedFeedbackCountsByPerson(
  db: Database.Database,
  collaboratorIds: readonly string[],
  split: WindowSplit,
): PersonRows<{ status: FeedbackStatus; n: number }> {
  return monthlyCountsByPerson(db, FEEDBACK_RECEIVED, collaboratorIds, split) as PersonRows<{ status: FeedbackStatus; n: number }>;
}

/** requestCounts for many people at once. */
export function requestCountsByPerson(
  db: Database.Database,
  collaboratorIds: readonly string[],
  split: WindowSplit,
): PersonRows<{ asked_by: 'me' | 'them'; outcome: RequestOutcome; n: number }> {
  return monthlyCountsByPerson(db, REQUESTS, collaboratorIds, split) as PersonRows<{
    asked_by: 'me' | 'them';
    outcome: RequestOutcome;
    n: number;
  }>;
}

const LEARNER_DAYS_BY_PERSON = `
  SELECT id, count(*) AS lessons, count(confidence) AS rated, coalesce(sum(confidence), 0) AS confidenceSum,
    coalesce(sum(position * confidence), 0) AS confidencePositionSum,
    coalesce(sum(practice_total), 0) AS practiceTotal, coalesce(sum(practice_done), 0) AS practiceDone
  FROM (SELECT s.collaborator_id AS id, s.confidence,
          count(s.confidence) OVER (PARTITION BY s.collaborator_id ORDER BY s.date, s.id ROWS UNBOUNDED PRECEDING) - 1 AS position,
          (SELECT count(*) FROM practice_items p WHERE p.lesson_id = s.id) AS practice_total,
          (SELECT count(p.done_date) FROM practice_items p WHERE p.lesson_id = s.id) AS practice_done
        FROM json_each(@ids) j CROSS JOIN lessons s
        WHERE s.collaborator_id = j.value AND s.user_role = 'learner' AND s.status = 'held' AND s.deleted_at IS NULL
          AND s.date BETWEEN @from AND @to)
  GROUP BY id`;

const ANY_LEARNER_LESSON = `SELECT 1 FROM lessons
  WHERE deleted_at IS NULL AND date BETWEEN @from AND @to AND user_role = 'learner' AND status = 'held' LIMIT 1`;

/** learnerSums for many people at once, a partial month from the rollup where it can (rollupSplit): the same sums. */
export function learnerSumsByPerson(
  db: Database.Database,
  collaboratorIds: readonly string[],
  windowSplit: WindowSplit,
): Map<string, Omit<LearnerSums, 'month'>> {
  const split = rollupSplit(db, ANY_LEARNER_LESSON, windowSplit);
  const ids = JSON.stringify(collaboratorIds);
  const spans: PersonRows<LearnerSums> = new Map();
  if (split.wholeMonths) {
    const rows = statement(
      db,
      `SELECT r.collaborator_id AS id, r.month, r.lessons, r.rated, r.confidence_sum AS confidenceSum,
         r.confidence_position_sum AS confidencePositionSum, r.practice_total AS practiceTotal, r.practice_done AS practiceDone
       FROM json_each(@ids) j CROSS JOIN learner_lesson_months r WHERE r.collaborator_id = j.value AND r.month BETWEEN @from AND @to`,
    ).all({ ids, ...split.wholeMonths }) as (LearnerSums & { id: string })[];
    for (const { id, ...span } of rows) pushTo(spans, id, span);
  }
  for (const { month, inside } of split.partialMonths) {
    const rows = statement(db, LEARNER_DAYS_BY_PERSON).all({ ids, ...inside }) as (Omit<LearnerSums, 'month'> & { id: string })[];
    const byId = new Map(rows.map(({ id, ...sums }) => [id, sums]));
    // A person without lessons in the span still gets its row of zeros, as the one-person read gives.
    for (const id of collaboratorIds) {
      const sums = byId.get(id) ?? { lessons: 0, rated: 0, confidenceSum: 0, confidencePositionSum: 0, practiceTotal: 0, practiceDone: 0 };
      pushTo(spans, id, { month, ...sums });
    }
  }
  const totals = new Map<string, Omit<LearnerSums, 'month'>>();
  for (const id of collaboratorIds) totals.set(id, joinSpans(spans.get(id) ?? []));
  return totals;
}
