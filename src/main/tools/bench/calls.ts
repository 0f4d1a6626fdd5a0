import { analyzePatterns } from '../../analysis';
import { windowEnding } from '../../analysis/window';
import { loadAnalysisInput } from '../../db/patternAggregates';
import { DEFAULT_SETTINGS } from '../../../shared/settings';
import { apiCalls } from './apiCalls';
import type { BenchContext, CallFigure, CallGroup } from './callTypes';
import { medianMs, timed } from './measure';
import { measureSearch } from './searchBench';

// The types live in callTypes.ts, so a group in its own file can use them without importing this list.
export type { BenchContext, CallFigure, CallGroup } from './callTypes';

/**
 * The Patterns page's work: aggregates from SQL plus the engine (first and median), the engine alone,
 * one person's balance panel. The report's aggregates are read as patterns.report reads them (counted).
 */
export const patternsCalls: CallGroup = ({ db, today, runs }) => {
  const settings = DEFAULT_SETTINGS.analysis;
  const window = windowEnding(today, settings.windowDays);
  const report = () => analyzePatterns(loadAnalysisInput(db, window, { evidence: 'counted' }), settings);
  const first = timed(report);
  const input = loadAnalysisInput(db, window, { evidence: 'counted' });
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
