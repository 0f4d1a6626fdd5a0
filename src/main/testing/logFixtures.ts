import type { ApiErrorValue } from '../../shared/result';
import { localDay } from '../../shared/localDay';
import { tempLibrary } from './tempLibrary';

/** The fixed clock of the log's tests: noon UTC, so the local day is the same in most zones. */
export const NOW = new Date('2026-03-15T12:00:00Z');
export const TODAY = localDay(NOW.toISOString());
export const MISSING_ID = '00000000-0000-4000-8000-000000000000';

export type LogTables = 'feedback' | 'lessons' | 'practice_items' | 'requests' | 'exchanges';

/**
 * A temp library with two people and a project, and helpers to count rows and read errors.
 * Its clock starts at NOW and moves a second per call, so entries are logged in call order;
 * a frozen clock makes every entry share one created_at, to test tie-breaking.
 */
export async function logLibrary(options: { frozenClock?: boolean } = {}) {
  let calls = 0;
  const lib = tempLibrary({ now: () => (options.frozenClock ? NOW : new Date(NOW.getTime() + 1000 * calls++)) });
  const sam = await lib.call('collaborators.create', { name: 'Sam', roles: ['mentor'] });
  const lee = await lib.call('collaborators.create', { name: 'Lee', roles: ['peer'] });
  const album = await lib.call('projects.create', { title: 'Night Album', medium: 'music', status: 'active' });
  const count = (table: LogTables): number =>
    (lib.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  /** Row counts of every log table, to show a refused write left nothing behind. */
  const counts = () => ({
    feedback: count('feedback'),
    lessons: count('lessons'),
    practice_items: count('practice_items'),
    needs: count('requests'),
    exchanges: count('exchanges'),
  });
  async function failure(method: string, input: unknown): Promise<ApiErrorValue> {
    const result = await lib.raw(method, input);
    if (result.ok) throw new Error(`${method} succeeded but was expected to fail`);
    return result.error;
  }
  return { lib, sam, lee, album, count, counts, failure };
}

export type LogLibrary = Awaited<ReturnType<typeof logLibrary>>;
