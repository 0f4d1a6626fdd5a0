import type { MethodName } from '../../shared/contract';
import type { Random } from '../sample/random';
import type { tempLibrary } from './tempLibrary';

/**
 * Random writes to the log through the API, for the tests of the tables derived from it (the
 * counters of migration 0009, the pattern rollups of 0010): creates, plans, edits of every column
 * they are keyed by, status changes, practice, deletes, restores and deletes for ever.
 */
/** What the random writer knows: people, projects and each kind's entries with whether they are in the bin. */
export interface Known {
  people: string[];
  projects: string[];
  entries: { area: 'feedback' | 'lessons' | 'help' | 'requests'; id: string; deleted: boolean }[];
}

const AREAS = ['feedback', 'lessons', 'help', 'requests'] as const;

/** A day from November to the end of March: windows of the tests end and start mid-month across them. */
function day(random: Random): string {
  return random.pick(['2025-11', '2025-12', '2026-01', '2026-02', '2026-03']) + `-${String(random.int(1, 28)).padStart(2, '0')}`;
}

/** Fields of a new entry, or a change of every column the counters are keyed by. */
function fieldsOf(area: (typeof AREAS)[number], random: Random, known: Known): Record<string, unknown> {
  const person = random.pick(known.people);
  const projectId = random.chance(0.3) ? null : random.pick(known.projects);
  switch (area) {
    case 'feedback':
      return {
        collaboratorId: person,
        projectId,
        direction: random.pick(['given', 'received']),
        kind: random.pick(['technical', 'critique', 'encouragement', 'perspective']),
        body: 'Bass and kick',
        date: day(random),
      };
    case 'lessons':
      return {
        collaboratorId: person,
        projectId,
        userRole: random.pick(['learner', 'learner', 'teacher', 'peers']),
        topics: 'Voicing',
        date: day(random),
        durationMin: 60,
        confidence: random.pick([null, 1, 2, 3, 4, 5]),
        practice: Array.from({ length: random.int(0, 2) }, () => ({ text: 'Scales' })),
      };
    case 'help':
      return {
        collaboratorId: person,
        projectId,
        direction: random.pick(['given', 'received']),
        benefit: random.pick(['knowledge', 'perspective', 'growth']),
        weight: random.int(1, 3),
        note: 'Intro',
        date: day(random),
      };
    case 'requests':
      return { collaboratorId: person, projectId, askedBy: random.pick(['me', 'them']), what: 'A listen', dateAsked: day(random) };
  }
}

export async function randomWrite(lib: ReturnType<typeof tempLibrary>, random: Random, known: Known): Promise<void> {
  const call = (method: string, input: Record<string, unknown>) => lib.call(method as MethodName, input as never) as Promise<{ id: string }>;
  const area = random.pick(AREAS);
  const mine = known.entries.filter((entry) => entry.area === area);
  const entry = mine.length > 0 ? random.pick(mine) : undefined;
  const action = entry ? random.pick(['create', 'create', 'create', 'update', 'update', 'status', 'delete', 'restore', 'forever'] as const) : 'create';
  if (action === 'create' && area === 'lessons' && random.chance(0.3)) {
    const { date: _date, confidence: _confidence, practice: _practice, ...fields } = fieldsOf(area, random, known);
    const { id } = await call('lessons.plan', { ...fields, date: '2026-04-15' });
    known.entries.push({ area, id, deleted: false });
  } else if (action === 'create' || !entry) {
    const { id } = await call(`${area}.create`, fieldsOf(area, random, known));
    known.entries.push({ area, id, deleted: false });
  } else if (entry.deleted && action !== 'restore' && action !== 'forever') {
    await call(`${area}.restore`, { id: entry.id });
    entry.deleted = false;
  } else if (action === 'update') {
    const { date: _date, dateAsked: _asked, ...fields } = fieldsOf(area, random, known);
    // A planned lesson refuses a confidence (given when it is held): refused, nothing is written.
    if (area === 'lessons') await lib.raw('lessons.update', { id: entry.id, ...fields });
    else await call(`${area}.update`, { id: entry.id, ...fields });
  } else if (action === 'status') {
    if (area === 'feedback') await call('feedback.setStatus', { id: entry.id, status: random.pick(['open', 'applied', 'partly-applied', 'discussed']) });
    else if (area === 'requests') await call('requests.update', { id: entry.id, outcome: random.pick(['pending', 'met', 'partly-met', 'declined', 'ignored']) });
    else if (area === 'lessons' && random.chance(0.5)) {
      // Practice done or not, through the practice list, or the lesson's list replaced.
      const lesson = (await lib.call('lessons.get', { id: entry.id })) as unknown as { practice: { id: string }[] };
      const item = lesson.practice[0];
      if (item && random.chance(0.6)) await lib.raw('practice.setDone', { id: item.id, done: random.chance(0.6) });
      else await lib.raw('lessons.update', { id: entry.id, practice: [...lesson.practice.slice(1).map((kept) => ({ id: kept.id, text: 'Kept' })), { text: 'New' }] });
    } else if (area === 'lessons') {
      // Held, or cancelled: refused (and nothing written) for a lesson no longer planned.
      const method = random.pick(['lessons.markHeld', 'lessons.cancel']);
      await lib.raw(method, method === 'lessons.markHeld' ? { id: entry.id, date: '2026-03-29' } : { id: entry.id });
    }
  } else if (action === 'delete') {
    await call(`${area}.delete`, { id: entry.id });
    entry.deleted = true;
  } else if (action === 'restore') {
    await call(`${area}.restore`, { id: entry.id });
    entry.deleted = false;
  } else if (entry.deleted) {
    await call(`${area}.deleteForever`, { id: entry.id });
    known.entries.splice(known.entries.indexOf(entry), 1);
  }
}


/** Three people and two active projects to write about. */
export async function startLog(lib: ReturnType<typeof tempLibrary>): Promise<Known> {
  const known: Known = { people: [], projects: [], entries: [] };
  for (const name of ['Sam', 'Lee', 'Ana']) known.people.push((await lib.call('collaborators.create', { name, roles: ['mentor'] })).id);
  for (const title of ['Album', 'Score']) {
    known.projects.push((await lib.call('projects.create', { title, medium: 'music', status: 'active' })).id);
  }
  return known;
}
