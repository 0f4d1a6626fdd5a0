import type { CollaboratorRole } from '../../shared/entities/collaborator';
import type { Benefit, Direction, ExchangeSource } from '../../shared/entities/exchange';
import type { PatternReport } from '../../shared/entities/patterns';
import { DEFAULT_SETTINGS, type AnalysisSettings } from '../../shared/settings';
import { analyzePatterns } from './analyze';
import type {
  ActiveProjectInput,
  CollaboratorAggregate,
  ExchangeEntry,
  FeedbackStatus,
  LearnerLesson,
  MonthlyCell,
  RequestOutcomeCounts,
  NeedsTally,
} from './input';
import { learnerLessonsOf } from './learnerPath';
import { dayNumber, isoDay, windowEnding } from './window';

/**
 * Builders for the engine's tests: they aggregate entry lists the way the SQL side does (cells per
 * month, direction and benefit; entries as evidence), so a test states entries and hand-computes
 * what the engine should say about them.
 */

export const SETTINGS: AnalysisSettings = DEFAULT_SETTINGS.analysis;
/** 180 days: 2026-01-02 to 2026-06-30; first half January–March, second April–June. */
export const WINDOW = windowEnding('2026-06-30', 180);

export interface EntrySpec {
  direction: Direction;
  benefit?: Benefit;
  weight?: number;
  date?: string;
  type?: ExchangeSource;
  id?: string;
}

let nextId = 0;
const freshId = (prefix: string) => `${prefix}-${++nextId}`;

/** Dates spread over the window, one a week from its first day, so entries fall in every month. */
export function spreadDate(index: number, window = WINDOW): string {
  const from = dayNumber(window.from);
  const days = dayNumber(window.to) - from + 1;
  return isoDay(from + ((index * 7) % days));
}

/** `count` entries of weight 1 in one direction (weights add up to `count`). */
export function entries(direction: Direction, count: number, options: Omit<EntrySpec, 'direction'> = {}): EntrySpec[] {
  return Array.from({ length: count }, (_, index) => ({ direction, ...options, date: options.date ?? spreadDate(index) }));
}

/** Given `give` and received `receive`, as weight-1 perspective entries spread over the window. */
export function exchange(give: number, receive: number, benefit: Benefit = 'perspective'): EntrySpec[] {
  return [...entries('given', give, { benefit }), ...entries('received', receive, { benefit })];
}

/**
 * Cells the way the SQL side sums them (only entries dated in the window); the evidence list keeps
 * every entry, as a loose evidence query might, so tests see the engine drop what is outside.
 */
export function aggregateEntries(
  specs: readonly EntrySpec[],
  window = WINDOW,
): { months: MonthlyCell[]; exchanges: ExchangeEntry[] } {
  const cells = new Map<string, MonthlyCell>();
  const exchanges: ExchangeEntry[] = specs.map((spec, index) => ({
    type: spec.type ?? 'help',
    id: spec.id ?? freshId('exchange'),
    date: spec.date ?? spreadDate(index),
    direction: spec.direction,
    benefit: spec.benefit ?? 'perspective',
    weight: spec.weight ?? 1,
  }));
  for (const entry of exchanges) {
    if (entry.date < window.from || entry.date > window.to) continue;
    const month = entry.date.slice(0, 7);
    const key = `${month}|${entry.direction}|${entry.benefit}`;
    const cell = cells.get(key) ?? { month, direction: entry.direction, benefit: entry.benefit, weight: 0, count: 0 };
    cell.weight += entry.weight;
    cell.count += 1;
    cells.set(key, cell);
  }
  exchanges.sort((left, right) => (left.date < right.date ? 1 : left.date > right.date ? -1 : 0));
  return { months: [...cells.values()], exchanges };
}

const noNeeds = (): RequestOutcomeCounts => ({ met: 0, partlyMet: 0, declined: 0, ignored: 0, pending: 0 });

/** Requests with the given outcomes; `yours` asked by the user, `theirs` by the collaborator. */
export function needs(yours: Partial<RequestOutcomeCounts>, theirs: Partial<RequestOutcomeCounts> = {}): NeedsTally {
  const full = (counts: Partial<RequestOutcomeCounts>) => ({ ...noNeeds(), ...counts });
  const refsOf = (counts: RequestOutcomeCounts, askedBy: 'me' | 'them') =>
    Array.from({ length: Object.values(counts).reduce((sum, count) => sum + count, 0) }, (_, index) => ({
      id: freshId('request'),
      date: spreadDate(index),
      askedBy,
    }));
  const yoursFull = full(yours);
  const theirsFull = full(theirs);
  return { yours: yoursFull, theirs: theirsFull, refs: [...refsOf(yoursFull, 'me'), ...refsOf(theirsFull, 'them')] };
}

/** Lessons with the user as learner: one per confidence value, practice done/total per lesson. */
export function lessons(
  confidences: readonly (number | null)[],
  practice: { done: number; total: number }[] = [],
): LearnerLesson[] {
  return confidences.map((confidence, index) => ({
    id: freshId('lesson'),
    date: spreadDate(index * 3),
    confidence,
    practiceTotal: practice[index]?.total ?? 0,
    practiceDone: practice[index]?.done ?? 0,
  }));
}

export function receivedFeedback(statuses: readonly FeedbackStatus[]): CollaboratorAggregate['receivedFeedback'] {
  const counts = { applied: 0, partlyApplied: 0, declined: 0, discussed: 0, open: 0 };
  const key: Record<FeedbackStatus, keyof typeof counts> = {
    applied: 'applied',
    'partly-applied': 'partlyApplied',
    declined: 'declined',
    discussed: 'discussed',
    open: 'open',
  };
  for (const status of statuses) counts[key[status]] += 1;
  return {
    counts,
    refs: statuses.map((status, index) => ({ id: freshId('feedback'), date: spreadDate(index), status })),
  };
}

export interface CollaboratorSpec {
  id?: string;
  name?: string;
  roles?: CollaboratorRole[];
  isGroup?: boolean;
  knownSince?: string;
  activeSharedProjectIds?: string[];
  entries?: EntrySpec[];
  needs?: NeedsTally;
  learnerLessons?: LearnerLesson[];
  receivedFeedback?: CollaboratorAggregate['receivedFeedback'];
}

export function collaborator(spec: CollaboratorSpec = {}, window = WINDOW): CollaboratorAggregate {
  const id = spec.id ?? freshId('collaborator');
  return {
    id,
    name: spec.name ?? `Person ${id}`,
    roles: spec.roles ?? [],
    isGroup: spec.isGroup ?? false,
    ...(spec.knownSince ? { knownSince: spec.knownSince } : {}),
    activeSharedProjectIds: spec.activeSharedProjectIds ?? [],
    ...aggregateEntries(spec.entries ?? [], window),
    needs: spec.needs ?? needs({}),
    learnerLessons: learnerLessonsOf(spec.learnerLessons ?? [], window),
    receivedFeedback: spec.receivedFeedback ?? receivedFeedback([]),
  };
}

export function analyze(
  collaborators: CollaboratorAggregate[],
  options: { activeProjects?: ActiveProjectInput[]; settings?: Partial<AnalysisSettings>; window?: typeof WINDOW } = {},
): PatternReport {
  return analyzePatterns(
    { window: options.window ?? WINDOW, collaborators, activeProjects: options.activeProjects ?? [] },
    { ...SETTINGS, ...options.settings },
  );
}

/** The finding for a single collaborator analysed alone. */
export function judgeOne(spec: CollaboratorSpec, settings: Partial<AnalysisSettings> = {}) {
  const report = analyze([collaborator(spec)], { settings });
  const finding = report.relationships[0];
  if (!finding) throw new Error('The engine returned no relationship finding.');
  return finding;
}
