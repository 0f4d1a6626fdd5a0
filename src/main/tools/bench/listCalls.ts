import { contract, type MethodName, type ParsedInput } from '../../../shared/contract';
import { DEFAULT_SETTINGS } from '../../../shared/settings';
import { analyzePatterns } from '../../analysis';
import { windowEnding } from '../../analysis/window';
import type { ApiContext } from '../../api/context';
import { handlers } from '../../api';
import { loadAnalysisInput } from '../../db/patternAggregates';
import type { BenchContext, CallFigure, CallGroup } from './calls';
import { medianMs } from './measure';

/** A read-only context over the bench's library: lists and timelines read, never write. */
function readContext({ db, today }: BenchContext): ApiContext {
  return {
    db,
    settings: { get: () => DEFAULT_SETTINGS } as unknown as ApiContext['settings'],
    host: {} as ApiContext['host'],
    at: `${today}T12:00:00.000Z`,
    today,
    write: () => {
      throw new Error('The bench only reads');
    },
  };
}

/** One handler's first page, its input parsed by the contract as the dispatcher does. */
function firstPage<M extends MethodName>(context: BenchContext, name: string, method: M, input: unknown): CallFigure {
  const ctx = readContext(context);
  const parsed = contract[method].input.parse(input) as ParsedInput<M>;
  const handler = handlers[method] as (value: ParsedInput<M>, ctx: ApiContext) => { items?: unknown[] };
  const items = handler(parsed, ctx).items?.length ?? 0;
  return { name, ms: medianMs(context.runs, () => handler(parsed, ctx)), matches: items };
}

/** The person with the most exchanges and the project with the most: the slow case of a filtered list. */
function busiest(context: BenchContext): { person: string; project: string } {
  const person = context.db
    .prepare('SELECT collaborator_id AS id FROM exchange_months GROUP BY 1 ORDER BY sum(entry_count) DESC LIMIT 1')
    .get() as { id: string };
  const project = context.db
    .prepare('SELECT project_id AS id FROM exchanges WHERE project_id IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 1')
    .get() as { id: string };
  return { person: person.id, project: project.id };
}

/** The first page of every list and timeline, without and with filters (issue 9: each ≤ 0.02 × the scan). */
export const listCalls: CallGroup = (context) => {
  const { person, project } = busiest(context);
  return [
    firstPage(context, 'exchanges.list', 'exchanges.list', {}),
    firstPage(context, 'exchanges.list person', 'exchanges.list', { collaboratorId: person }),
    firstPage(context, 'exchanges.list received knowledge', 'exchanges.list', { direction: 'received', benefit: 'knowledge' }),
    firstPage(context, 'exchanges.list project help', 'exchanges.list', { projectId: project, source: 'help' }),
    firstPage(context, 'feedback.list', 'feedback.list', {}),
    firstPage(context, 'feedback.list received open', 'feedback.list', { direction: 'received', status: 'open' }),
    firstPage(context, 'feedback.list person', 'feedback.list', { collaboratorId: person }),
    firstPage(context, 'lessons.list', 'lessons.list', {}),
    firstPage(context, 'lessons.list learner', 'lessons.list', { role: 'learner' }),
    firstPage(context, 'requests.list', 'requests.list', {}),
    firstPage(context, 'requests.list mine pending', 'requests.list', { askedBy: 'me', outcome: 'pending' }),
    firstPage(context, 'timeline.forCollaborator', 'timeline.forCollaborator', { collaboratorId: person }),
    firstPage(context, 'timeline.forCollaborator received', 'timeline.forCollaborator', { collaboratorId: person, direction: 'received' }),
    firstPage(context, 'timeline.forProject', 'timeline.forProject', { projectId: project }),
    firstPage(context, 'deleted.list', 'deleted.list', {}),
  ];
};

/** patterns.report over a 365-day and a 10-year window (issue 9: ≤ 0.05 × and ≤ 0.15 × the scan). */
export const patternWindowCalls: CallGroup = ({ db, today, runs }) =>
  [365, 3650].map((windowDays) => {
    const settings = { ...DEFAULT_SETTINGS.analysis, windowDays };
    const window = windowEnding(today, windowDays);
    const report = () => analyzePatterns(loadAnalysisInput(db, window), settings);
    return { name: `patterns.report ${windowDays} days`, ms: medianMs(runs, report), matches: report().relationships.length };
  });
