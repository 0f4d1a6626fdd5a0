import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seededRandom } from '../sample/random';
import { tempLibrary } from '../testing/tempLibrary';
import { ledgerCells, ledgerCellsByPerson, splitWindow } from './exchangeMonths';
import {
  learnerSums,
  learnerSumsByPerson,
  receivedFeedbackCounts,
  receivedFeedbackCountsByPerson,
  requestCounts,
  requestCountsByPerson,
} from './patternRollups';

const NOW = new Date('2026-03-20T12:00:00Z');

/** Counts per facet, whatever rows they were summed in: the grouped reads may take a partial month from the rollup. */
const countsOf = (rows: readonly { n: number }[]) => {
  const counts = new Map<string, number>();
  for (const { n, ...facets } of rows) {
    const key = JSON.stringify(facets);
    counts.set(key, (counts.get(key) ?? 0) + n);
  }
  return Object.fromEntries([...counts].filter(([, n]) => n > 0).sort());
};

/** The sample's seeded generator (the same sequence for a seed), plus a day in the test's half year. */
function random(seed: number) {
  const { int, pick } = seededRandom(seed);
  const day = () => new Date(Date.UTC(2025, 9, 1) + int(0, 170) * 86_400_000).toISOString().slice(0, 10);
  return { int, pick, day };
}

describe('the grouped reads for all people give what the per-person reads give', () => {
  let lib: ReturnType<typeof tempLibrary>;
  beforeEach(() => {
    lib = tempLibrary({ now: () => NOW });
  });
  afterEach(() => lib.cleanup());

  it.each([1, 2, 3])('on a random library (seed %i), for random windows', async (seed) => {
    const r = random(seed);
    const people: string[] = [];
    for (let i = 0; i < 6; i += 1) {
      const person = await lib.call('collaborators.create', { name: `P${i}`, roles: i % 2 === 0 ? ['mentor'] : ['peer'] });
      people.push(person.id);
    }
    // One person with nothing at all, so empty spans are compared too.
    people.push((await lib.call('collaborators.create', { name: 'Nobody' })).id);
    const active = people.slice(0, 6);
    for (let i = 0; i < 120; i += 1) {
      const who = r.pick(active);
      const help = await lib.call('help.create', {
        collaboratorId: who,
        direction: r.pick(['given', 'received'] as const),
        benefit: r.pick(['knowledge', 'perspective', 'growth'] as const),
        weight: r.pick([1, 2, 3] as const),
        date: r.day(),
        projectId: null,
      });
      if (r.int(0, 9) === 0) await lib.call('help.delete', { id: help.id });
    }
    for (let i = 0; i < 40; i += 1) {
      const outcome = r.pick(['met', 'partly-met', 'declined', 'ignored', 'pending'] as const);
      await lib.call('requests.create', {
        askedBy: r.pick(['me', 'them'] as const),
        collaboratorId: r.pick(active),
        what: 'Something',
        dateAsked: r.day(),
        outcome,
        ...(outcome === 'pending' ? {} : { dateResolved: '2026-03-19' }),
      });
    }
    for (let i = 0; i < 40; i += 1) {
      await lib.call('feedback.create', {
        direction: r.pick(['received', 'given'] as const),
        collaboratorId: r.pick(active),
        kind: 'critique',
        body: 'Note',
        date: r.day(),
      });
    }
    for (let i = 0; i < 40; i += 1) {
      const lesson = await lib.call('lessons.create', {
        collaboratorId: r.pick(active),
        userRole: r.pick(['learner', 'learner', 'teacher'] as const),
        date: r.day(),
        durationMin: 60,
        topics: 'Topic',
        ...(r.int(0, 2) > 0 ? { confidence: r.int(1, 5) } : {}),
        practice: Array.from({ length: r.int(0, 3) }, (_, n) => ({ text: `Item ${n}` })),
      });
      for (const item of lesson.practice) {
        if (r.int(0, 1) === 1) await lib.call('practice.setDone', { id: item.id, done: true, date: '2026-03-19' });
      }
    }

    const windows = [
      { from: '2025-10-01', to: '2026-03-20' },
      { from: '2025-09-15', to: '2026-04-10' },
      { from: '2026-01-01', to: '2026-01-31' },
      { from: '2025-12-03', to: '2025-12-29' },
    ];
    for (let i = 0; i < 12; i += 1) {
      const [from, to] = [r.day(), r.day()].sort() as [string, string];
      windows.push({ from, to });
    }
    for (const window of windows) {
      const split = splitWindow(window);
      const cells = ledgerCellsByPerson(lib.db, people, split);
      const requests = requestCountsByPerson(lib.db, people, split);
      const learner = learnerSumsByPerson(lib.db, people, split);
      const feedback = receivedFeedbackCountsByPerson(lib.db, people, split);
      for (const id of people) {
        const label = `${JSON.stringify(window)} ${id}`;
        expect(cells.get(id) ?? [], label).toEqual(ledgerCells(lib.db, id, split));
        expect(countsOf(requests.get(id) ?? []), label).toEqual(countsOf(requestCounts(lib.db, id, split)));
        expect(learner.get(id), label).toEqual(learnerSums(lib.db, id, split));
        expect(countsOf(feedback.get(id) ?? []), label).toEqual(countsOf(receivedFeedbackCounts(lib.db, id, split)));
      }
    }
  });
});
