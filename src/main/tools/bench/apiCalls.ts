import type { MethodInput, MethodName } from '../../../shared/contract';
import type { BenchContext, CallFigure, CallGroup } from './callTypes';
import { dashboardLoad } from './dashboardLoad';
import { medianMsAsync } from './measure';
import { COMMON_SYNTHETIC_WORD, RARE_SYNTHETIC_WORD } from './syntheticLibrary';

/** One API call as the renderer makes it, over the real HTTP transport, and what it found (rows, matches). */
interface ApiCall {
  name: string;
  method: MethodName;
  input: unknown;
  found?: (value: unknown) => number;
}

const items = (value: unknown) => (value as { items?: unknown[] }).items?.length ?? 0;
const searchMatches = (value: unknown) =>
  ((value as { groups?: { total: number }[] }).groups ?? []).reduce((sum, group) => sum + group.total, 0);

/** Who and what the filtered calls are about: the person with the most of the log, and a project. */
async function subjects(context: BenchContext): Promise<{ person: string; project: string }> {
  const people = (await context.api('collaborators.list', {})) as { id: string }[];
  const projects = (await context.api('projects.list', {})) as { id: string }[];
  const busiest = context.db
    .prepare('SELECT collaborator_id FROM exchange_months GROUP BY collaborator_id ORDER BY sum(entry_count) DESC LIMIT 1')
    .pluck()
    .get() as string | undefined;
  const person = busiest ?? people[0]?.id;
  const project = projects[0]?.id;
  if (!person || !project) throw new Error('The bench library has no person or no project');
  return { person, project };
}

/** The cursor of the practice list's eleventh page (200 items a page): a later page starts at a cursor, not at the top. */
async function laterPracticeCursor(context: BenchContext): Promise<string | undefined> {
  let cursor: string | undefined;
  for (let page = 0; page < 10; page++) {
    const { nextCursor } = (await context.api('practice.list', cursor === undefined ? {} : { cursor })) as { nextCursor: string | null };
    if (nextCursor === null) break;
    cursor = nextCursor;
  }
  return cursor;
}

const call = <M extends MethodName>(name: string, method: M, input: MethodInput<M>, found?: (value: unknown) => number): ApiCall => ({
  name,
  method,
  input,
  ...(found ? { found } : {}),
});

/**
 * Issue 9's calls, from outside: what each page asks the backend for, over HTTP, each list and
 * timeline's first page with and without a filter, the Patterns page's report over three windows,
 * the Check-ins page, search for a common and a rare word, and the Dashboard's calls together.
 */
export const apiCalls: CallGroup = async (context) => {
  const { person, project } = await subjects(context);
  const practiceCursor = await laterPracticeCursor(context);
  const calls: ApiCall[] = [
    call('exchanges.list first page', 'exchanges.list', {}, items),
    call('exchanges.list, one person', 'exchanges.list', { collaboratorId: person }, items),
    call('exchanges.list, received', 'exchanges.list', { direction: 'received' }, items),
    call('feedback.list first page', 'feedback.list', {}, items),
    call('feedback.list, open', 'feedback.list', { status: 'open' }, items),
    call('lessons.list first page', 'lessons.list', {}, items),
    call('lessons.list, as learner', 'lessons.list', { role: 'learner' }, items),
    call('requests.list first page', 'requests.list', {}, items),
    call('requests.list, pending', 'requests.list', { outcome: 'pending' }, items),
    call('deleted.list first page', 'deleted.list', {}, items),
    call('practice.list first page', 'practice.list', {}, items),
    call('practice.list, page 11', 'practice.list', practiceCursor === undefined ? {} : { cursor: practiceCursor }, items),
    call('timeline.forCollaborator first page', 'timeline.forCollaborator', { collaboratorId: person }, items),
    call('timeline.forCollaborator, feedback', 'timeline.forCollaborator', { collaboratorId: person, types: ['feedback'] }, items),
    call('timeline.forProject first page', 'timeline.forProject', { projectId: project }, items),
    call('patterns.report, default window', 'patterns.report', {}),
    call('patterns.report, 365 days', 'patterns.report', { windowDays: 365 }),
    call('patterns.report, 10 years', 'patterns.report', { windowDays: 3650 }),
    call('patterns.forCollaborator', 'patterns.forCollaborator', { collaboratorId: person }),
    call('checkIns.due, Check-ins page', 'checkIns.due', { within: 366 }, (value) => (value as unknown[]).length),
    call('search.query, common word', 'search.query', { text: COMMON_SYNTHETIC_WORD }, searchMatches),
    call('search.query, rare word', 'search.query', { text: RARE_SYNTHETIC_WORD }, searchMatches),
  ];
  const figures: CallFigure[] = [];
  for (const { name, method, input, found } of calls) {
    // The first call prepares the statements and reads the pages in; the median is of the calls after it.
    const first = await context.api(method, input);
    const ms = await medianMsAsync(context.runs, () => context.api(method, input));
    const peak = context.backendPeakRssBytes();
    figures.push({ name, ms, ...(found ? { matches: found(first) } : {}), ...(peak === null ? {} : { backendPeakRssBytes: peak }) });
  }
  figures.push(await dashboardLoad(context));
  return figures;
};
