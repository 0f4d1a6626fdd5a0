import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { QUESTIONNAIRE } from '../../shared/selfAssessment/questionnaire';
import { ExportDocument } from '../../shared/transfer/exportDocument';
import { writeSampleLibrary } from '../sample/sampleLibrary';
import { tempLibrary } from '../testing/tempLibrary';
import { applyImport, previewImport } from './importLibrary';
import { dumpTables, exportText, TEST_SETTINGS } from './testing';

const libraries: ReturnType<typeof tempLibrary>[] = [];
afterEach(() => {
  for (const lib of libraries.splice(0)) lib.cleanup();
});
const library = () => {
  const lib = tempLibrary({ now: () => new Date('2026-03-15T12:00:00Z') });
  libraries.push(lib);
  return lib;
};

async function sampleWithBin() {
  const lib = library();
  await writeSampleLibrary(lib.db, { today: '2026-03-15', seed: 7 });
  const feedback = await lib.call('feedback.list', {});
  await lib.call('feedback.delete', { id: feedback.items[0]!.id });
  const lessons = await lib.call('lessons.list', {});
  await lib.call('lessons.delete', { id: lessons.items[0]!.id });
  await selfAssessments(lib);
  await checkIns(lib);
  return lib;
}

/** A cadence on two people, one of them snoozed. */
async function checkIns(lib: ReturnType<typeof library>) {
  const [first, second] = await lib.call('collaborators.list', {});
  await lib.call('checkIns.setCadence', { collaboratorId: first!.id, cadence: { every: 6, unit: 'weeks' } });
  await lib.call('checkIns.setCadence', { collaboratorId: second!.id, cadence: { every: 1, unit: 'months' } });
  await lib.call('checkIns.snooze', { collaboratorId: second!.id, until: '2026-04-01' });
}

/** Two completed self-assessments (one in the bin) and one in progress. */
async function selfAssessments(lib: ReturnType<typeof library>) {
  for (const answer of [2, 4] as const) {
    let id = '';
    for (const { id: itemId } of QUESTIONNAIRE.items) id = (await lib.call('selfAssessments.answer', { itemId, answer })).id;
    await lib.call('selfAssessments.complete', { id });
    if (answer === 2) await lib.call('selfAssessments.delete', { id });
  }
  await lib.call('selfAssessments.answer', { itemId: 'growth-open-doors', answer: 5 });
}

describe('export → import → export', () => {
  it('gives the same document on the sample library, the bin included', async () => {
    const source = await sampleWithBin();
    const first = await exportText(source.db, source.dataDir);
    const document = ExportDocument.parse(JSON.parse(first));
    expect(document.feedback.some((entry) => entry.deletedAt !== null)).toBe(true);
    expect(document.lessons.some((entry) => entry.practice.length > 0)).toBe(true);
    expect(document.help.length).toBeGreaterThan(0);
    const states = document.selfAssessments?.map(({ completedAt, deletedAt }) => `${completedAt ? 'completed' : 'in progress'}${deletedAt ? ', deleted' : ''}`);
    expect(states?.sort()).toEqual(['completed', 'completed, deleted', 'in progress']);
    expect(document.collaborators.filter((person) => person.checkInEvery !== null)).toHaveLength(2);
    expect(document.collaborators.filter((person) => person.checkInSnoozedUntil === '2026-04-01')).toHaveLength(1);

    const target = library();
    const file = path.join(source.dataDir, 'export.json');
    const preview = previewImport(target.db, file, TEST_SETTINGS);
    expect(preview.totals.conflicting).toBe(0);
    expect(preview.totals.identical).toBe(0);
    expect(preview.sections.feedback.new).toBe(document.feedback.length);

    const ledgerBefore = source.db.prepare(`SELECT source, source_id, direction, benefit, weight, initiated_by, date, deleted_at, collaborator_id, project_id FROM exchanges ORDER BY source, source_id, direction`).all();
    const result = applyImport(target.db, file, undefined, TEST_SETTINGS, '2026-03-15T12:00:00.000Z');
    expect(result.sections.feedback.added).toBe(document.feedback.length);

    expect(await exportText(target.db, target.dataDir)).toBe(first);
    // Derived ledger rows and the monthly rollup are recomputed, not copied.
    const ledgerAfter = target.db.prepare(`SELECT source, source_id, direction, benefit, weight, initiated_by, date, deleted_at, collaborator_id, project_id FROM exchanges ORDER BY source, source_id, direction`).all();
    expect(ledgerAfter).toEqual(ledgerBefore);
    expect(dumpTables(target.db).exchange_months).toEqual(dumpTables(source.db).exchange_months);
    expect(await target.call('selfAssessments.list', {})).toEqual(await source.call('selfAssessments.list', {}));
    expect(await target.call('selfAssessments.current', {})).toEqual(await source.call('selfAssessments.current', {}));
    expect(await target.call('checkIns.due', { within: 366 })).toEqual(await source.call('checkIns.due', { within: 366 }));
  });

  it('imports an export written before check-ins (no cadence on anyone) as no cadence and no snooze', async () => {
    const source = await sampleWithBin();
    const document = JSON.parse(await exportText(source.db, source.dataDir)) as { collaborators: Record<string, unknown>[] };
    const older = document.collaborators.map(({ checkInEvery: _every, checkInUnit: _unit, checkInSnoozedUntil: _snooze, ...person }) => person);
    const file = path.join(source.dataDir, 'older.json');
    fs.writeFileSync(file, JSON.stringify({ ...document, collaborators: older }, null, 2));
    const fresh = library();
    applyImport(fresh.db, file, undefined, TEST_SETTINGS, '2026-03-15T12:00:00.000Z');
    const people = await fresh.call('collaborators.list', {});
    expect(people).toHaveLength(older.length);
    for (const person of people) {
      expect(await fresh.call('checkIns.forCollaborator', { collaboratorId: person.id })).toMatchObject({ cadence: null, snoozedUntil: null });
    }
  });

  it('imports an export written before self-assessments (no such list), into an empty library and beside one', async () => {
    const source = await sampleWithBin();
    const { selfAssessments: _left, ...older } = JSON.parse(await exportText(source.db, source.dataDir)) as Record<string, unknown>;
    const file = path.join(source.dataDir, 'older.json');
    fs.writeFileSync(file, JSON.stringify({ ...older, schemaVersion: 5 }, null, 2));

    const fresh = library();
    expect(previewImport(fresh.db, file, TEST_SETTINGS).sections.selfAssessments).toMatchObject({ new: 0, identical: 0, conflicting: 0 });
    applyImport(fresh.db, file, undefined, TEST_SETTINGS, '2026-03-15T12:00:00.000Z');
    expect((await fresh.call('feedback.list', { includeDeleted: true })).total).toBe((await source.call('feedback.list', { includeDeleted: true })).total);
    expect((await fresh.call('selfAssessments.list', {})).total).toBe(0);

    // Into the library it came from: its self-assessments stay as they were.
    const before = dumpTables(source.db).self_assessments;
    applyImport(source.db, file, undefined, TEST_SETTINGS, '2026-03-16T12:00:00.000Z');
    expect(dumpTables(source.db).self_assessments).toEqual(before);
  });

  it('refuses a self-assessment it cannot score, naming the record and the field', async () => {
    const source = await sampleWithBin();
    const document = JSON.parse(await exportText(source.db, source.dataDir)) as { selfAssessments: Record<string, unknown>[] };
    const file = path.join(source.dataDir, 'bad.json');
    const first = document.selfAssessments.find((record) => record.completedAt !== null);
    const write = (record: Record<string, unknown>) =>
      fs.writeFileSync(file, JSON.stringify({ ...document, selfAssessments: [{ ...first, ...record }] }));
    write({ answers: { ...(first!.answers as object), 'alone-finish-first': 7 } });
    expect(() => previewImport(library().db, file, TEST_SETTINGS)).toThrow(/selfAssessments record 1 .*field "answers.alone-finish-first"/);
    write({ answers: { 'alone-finish-first': 3 } });
    expect(() => previewImport(library().db, file, TEST_SETTINGS)).toThrow(/A completed self-assessment answers every question; 23 missing/);
    write({ questionnaireVersion: 9 });
    expect(() => previewImport(library().db, file, TEST_SETTINGS)).toThrow(/There is no questionnaire version 9/);
  });

  it('finds everything identical when the same file is imported twice, and changes nothing', async () => {
    const source = await sampleWithBin();
    await exportText(source.db, source.dataDir);
    const file = path.join(source.dataDir, 'export.json');
    const before = dumpTables(source.db);
    const preview = previewImport(source.db, file, TEST_SETTINGS);
    expect(preview.totals.new).toBe(0);
    expect(preview.totals.conflicting).toBe(0);
    applyImport(source.db, file, undefined, TEST_SETTINGS, '2026-03-16T12:00:00.000Z');
    expect(dumpTables(source.db)).toEqual(before);
    expect(fs.existsSync(file)).toBe(true);
  });
});
