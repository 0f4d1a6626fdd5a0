import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempLibrary } from '../testing/tempLibrary';
import { applyImport } from './importLibrary';
import { exportText, TEST_SETTINGS } from './testing';

const libraries: ReturnType<typeof tempLibrary>[] = [];
afterEach(() => {
  for (const lib of libraries.splice(0)) lib.cleanup();
});
const library = () => {
  const lib = tempLibrary({ now: () => new Date('2026-03-15T12:00:00Z') });
  libraries.push(lib);
  return lib;
};
const AT = '2026-03-15T12:00:00.000Z';

/** A held, a planned and a cancelled lesson with one person. */
async function threeLessons() {
  const lib = library();
  const sam = await lib.call('collaborators.create', { name: 'Sam' });
  await lib.call('lessons.create', { collaboratorId: sam.id, topics: 'Held', date: '2026-03-10' });
  await lib.call('lessons.plan', { collaboratorId: sam.id, topics: 'Planned', date: '2026-03-20' });
  const cancelled = await lib.call('lessons.plan', { collaboratorId: sam.id, topics: 'Cancelled', date: '2026-03-21' });
  await lib.call('lessons.cancel', { id: cancelled.id });
  return lib;
}

const statuses = (lib: ReturnType<typeof library>) =>
  lib.db.prepare('SELECT topics, status FROM lessons ORDER BY topics').all();
const ledger = (lib: ReturnType<typeof library>) =>
  lib.db.prepare("SELECT l.topics FROM exchanges e JOIN lessons l ON l.id = e.source_id WHERE e.source = 'lesson' ORDER BY 1").pluck().all();

describe('planned lessons through export and import', () => {
  it('keep their status, and only the held one gets ledger rows, into an empty library and over the same one', async () => {
    const source = await threeLessons();
    const text = await exportText(source.db, source.dataDir);
    const file = path.join(source.dataDir, 'export.json');
    expect(ledger(source)).toEqual(['Held']);

    const fresh = library();
    applyImport(fresh.db, file, undefined, TEST_SETTINGS, AT);
    expect(statuses(fresh)).toEqual(statuses(source));
    expect(ledger(fresh)).toEqual(['Held']);

    applyImport(source.db, file, undefined, TEST_SETTINGS, AT);
    expect(ledger(source)).toEqual(['Held']);
    expect(await exportText(fresh.db, fresh.dataDir)).toBe(text);
  });

  it('reads a lesson of an export written before lessons could be planned as held', async () => {
    const source = await threeLessons();
    const document = JSON.parse(await exportText(source.db, source.dataDir)) as { lessons: Record<string, unknown>[] };
    const held = document.lessons.filter((lesson) => lesson.status === 'held').map(({ status: _status, ...lesson }) => lesson);
    const file = path.join(source.dataDir, 'older.json');
    fs.writeFileSync(file, JSON.stringify({ ...document, lessons: held }));
    const fresh = library();
    applyImport(fresh.db, file, undefined, TEST_SETTINGS, AT);
    expect(statuses(fresh)).toEqual([{ topics: 'Held', status: 'held' }]);
    expect(ledger(fresh)).toEqual(['Held']);
  });
});
