import type Database from 'better-sqlite3';
import { analyzePatterns } from '../../analysis';
import { windowEnding } from '../../analysis/window';
import { loadAnalysisInput } from '../../db/patternAggregates';
import { DEFAULT_SETTINGS } from '../../../shared/settings';
import { apiCalls } from './apiCalls';
import { medianMs, timed } from './measure';
import { measureSearch } from './searchBench';

/** What every group of timed calls gets: the open library of one size, the run's settings. */
export interface BenchContext {
  /** The library, opened in the bench's own process (for work timed in-process, such as the engine alone). */
  db: Database.Database;
  /** Calls the backend serving the same library over HTTP, as the renderer does; resolves with the value, throws on an error. */
  api: (method: string, input: unknown) => Promise<unknown>;
  /** The backend's peak RSS so far (null where the system does not say), to see which call raises it. */
  backendPeakRssBytes: () => number | null;
  /** The bench's fixed "today", so windows fall the same way in every run. */
  today: string;
  runs: number;
}

/** One timed call: its median over the run; results.json adds its ratio to the same-run full scan. */
export interface CallFigure {
  name: string;
  ms: number;
  /** What it found (rows, matches, relationships), to see the case measured is not empty. */
  matches?: number;
  /** For calls to the backend: its peak RSS once this call's runs are done (it only grows, so a jump points at the call). */
  backendPeakRssBytes?: number;
}

/** A group of timed calls, in the file of the part it measures (in-process groups may stay synchronous). */
export type CallGroup = (context: BenchContext) => CallFigure[] | Promise<CallFigure[]>;

/** The Patterns page's work: aggregates from SQL plus the engine (first and median), the engine alone, one person's balance panel. */
export const patternsCalls: CallGroup = ({ db, today, runs }) => {
  const settings = DEFAULT_SETTINGS.analysis;
  const window = windowEnding(today, settings.windowDays);
  const report = () => analyzePatterns(loadAnalysisInput(db, window), settings);
  const first = timed(report);
  const input = loadAnalysisInput(db, window);
  const entries = (person: (typeof input.collaborators)[number]) => person.months.reduce((sum, cell) => sum + cell.count, 0);
  const busiest = [...input.collaborators].sort((left, right) => entries(right) - entries(left))[0];
  return [
    { name: 'patterns.report first', ms: first.ms, matches: first.value.relationships.length },
    { name: 'patterns.report', ms: medianMs(runs, report), matches: first.value.relationships.length },
    { name: 'engine alone', ms: medianMs(runs, () => analyzePatterns(input, settings)) },
    {
      name: 'one person',
      ms: busiest ? medianMs(runs, () => analyzePatterns(loadAnalysisInput(db, window, { collaboratorIds: [busiest.id] }), settings)) : 0,
    },
  ];
};

/** search.query's work for a word in every entry, its first three letters, and a rare word (searchBench.ts). */
export const searchCalls: CallGroup = ({ db, runs }) => {
  const search = measureSearch(db, runs);
  return [
    { name: 'search common', ms: search.commonMs, matches: search.commonMatches },
    { name: 'search prefix', ms: search.prefixMs },
    { name: 'search rare', ms: search.rareMs, matches: search.rareMatches },
  ];
};

/**
 * Every timed call of `npm run bench`, in order. A part adds its own group here in one line (its
 * calls in its own file under src/main/tools/bench/); results.json lists each call by name.
 */
export const CALL_GROUPS: readonly CallGroup[] = [apiCalls, patternsCalls, searchCalls];

/** Runs every group against one library, one after the other. */
export async function measureCalls(context: BenchContext, groups: readonly CallGroup[] = CALL_GROUPS): Promise<CallFigure[]> {
  const figures: CallFigure[] = [];
  for (const group of groups) figures.push(...(await group(context)));
  return figures;
}
