import type Database from 'better-sqlite3';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/contract';
import { DEFAULT_SETTINGS } from '../../shared/settings';
import { dayNumber, isoDay } from '../analysis/window';
import { createApi } from '../api/dispatch';
import type { SettingsStore } from '../api/ports';
import { seededRandom } from './random';
import { SAMPLE_PEOPLE, SAMPLE_PROJECTS, type SamplePersonKey, type SampleProjectKey } from './sampleCast';
import type { SampleContext } from './sampleLog';
import { sampleStory } from './sampleStory';

/** The seed the app's "Explore a sample library" and `npm run sample` use unless told otherwise. */
export const SAMPLE_SEED = 7;

export interface SampleOptions {
  /** The last day of the year of log, usually the user's today. */
  today: string;
  seed?: number;
}

export interface SampleSummary {
  people: number;
  projects: number;
  /** API calls that wrote an entry of the log (feedback, lessons, practice, help, requests). */
  entries: number;
}

/** The sample is written under the default settings; nothing in its story changes them. */
const defaultSettings: SettingsStore = {
  get: () => structuredClone(DEFAULT_SETTINGS),
  update: () => {
    throw new Error('The sample library is written under the default settings.');
  },
  reset: () => structuredClone(DEFAULT_SETTINGS),
};

/**
 * Writes the sample library (sampleCast.ts: who is in it and what each relationship shows) into an
 * empty, migrated database. Everything goes through the real API handlers, so the ledger, the
 * rollup and every check are exactly what the app does; the clock is set to the day each entry
 * would have been logged. One transaction: a failure leaves the database empty. The same seed and
 * today give the same entries on the same days (ids are fresh each time, as the app makes them).
 */
export async function writeSampleLibrary(db: Database.Database, options: SampleOptions): Promise<SampleSummary> {
  const random = seededRandom(options.seed ?? SAMPLE_SEED);
  const todayNumber = dayNumber(options.today);
  let clockDay = todayNumber - 365;
  let tick = 0;
  const invoke = createApi({
    db: () => db,
    settings: defaultSettings,
    info: () => ({ version: 'sample', mode: 'browser', dataDir: '', databasePath: db.name, library: 'sample' }),
    // Noon UTC is the same calendar day almost everywhere; seconds keep entries in call order.
    now: () => new Date(Date.parse(`${isoDay(clockDay)}T12:00:00.000Z`) + 1000 * tick++),
  });
  const people = new Map<SamplePersonKey, string>();
  const projects = new Map<SampleProjectKey, string>();
  const ctx: SampleContext = {
    async call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
      const result = await invoke(method, input);
      if (!result.ok) throw new Error(`The sample library could not be written (${method}): ${result.error.message}`);
      return result.value as MethodOutput<M>;
    },
    person: (key) => lookUp(people, key),
    project: (key) => lookUp(projects, key),
    day: (daysAgo) => isoDay(todayNumber - daysAgo),
    practice: new Map(),
  };

  if ((db.prepare('SELECT count(*) AS n FROM collaborators').get() as { n: number }).n > 0) {
    throw new Error('The sample library is written into an empty library only.');
  }
  db.exec('BEGIN IMMEDIATE');
  try {
    for (const person of SAMPLE_PEOPLE) {
      const { name, kind, roles, notes } = person;
      const created = await ctx.call('collaborators.create', { name, kind, roles, notes });
      people.set(person.key, created.id);
    }
    for (const project of SAMPLE_PROJECTS) {
      const created = await ctx.call('projects.create', {
        title: project.title,
        medium: project.medium,
        status: project.status,
        startDate: ctx.day(project.startedDaysAgo),
        description: project.description,
      });
      projects.set(project.key, created.id);
      for (const member of project.members) {
        const collaboratorId = lookUp(people, member.person);
        await ctx.call('projects.addMember', { projectId: created.id, collaboratorId, role: member.role });
      }
    }
    // Oldest first (the sort is stable, so a lesson comes before its practice ticked off the same day).
    const events = sampleStory(random).sort((left, right) => right.daysAgo - left.daysAgo);
    for (const event of events) {
      clockDay = todayNumber - event.daysAgo;
      await event.run(ctx);
    }
    db.exec('COMMIT');
    return { people: people.size, projects: projects.size, entries: events.length };
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw error;
  }
}

function lookUp<K extends string>(map: Map<K, string>, key: K): string {
  const id = map.get(key);
  if (!id) throw new Error(`The sample library has no "${key}" yet`);
  return id;
}
