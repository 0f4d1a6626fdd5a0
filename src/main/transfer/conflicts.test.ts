import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeSampleLibrary } from '../sample/sampleLibrary';
import { tempLibrary } from '../testing/tempLibrary';
import { applyImport, previewImport } from './importLibrary';
import { dumpTables, exportText, TEST_SETTINGS } from './testing';

let lib: ReturnType<typeof tempLibrary>;
let file: string;
let edited: { id: string; body: string };

beforeEach(async () => {
  lib = tempLibrary({ now: () => new Date('2026-03-15T12:00:00Z') });
  await writeSampleLibrary(lib.db, { today: '2026-03-15', seed: 7 });
  await exportText(lib.db, lib.dataDir);
  file = path.join(lib.dataDir, 'export.json');
  // After the export, the user edits two entries in the library: the file now disagrees with both.
  const feedback = (await lib.call('feedback.list', {})).items;
  edited = { id: feedback[0]!.id, body: 'Changed after the export' };
  await lib.call('feedback.update', { id: edited.id, body: edited.body });
  await lib.call('feedback.update', { id: feedback[1]!.id, body: 'Also changed' });
});
afterEach(() => lib.cleanup());

const bodyOf = (id: string) => lib.db.prepare('SELECT body FROM feedback WHERE id = ?').pluck().get(id);

describe('conflicts: same id, different content', () => {
  it('are counted and listed in the preview, with the fields that differ', () => {
    const preview = previewImport(lib.db, file, TEST_SETTINGS);
    expect(preview.sections.feedback.conflicting).toBe(2);
    expect(preview.totals.conflicting).toBe(2);
    expect(preview.totals.new).toBe(0);
    const conflict = preview.sections.feedback.conflicts.find((entry) => entry.key === edited.id);
    expect(conflict?.fields).toEqual(expect.arrayContaining(['body', 'updatedAt']));
    expect(conflict?.label).toContain('Changed after the export');
  });

  it('are never resolved silently: without a choice nothing lands', () => {
    const before = dumpTables(lib.db);
    expect(() => applyImport(lib.db, file, undefined, TEST_SETTINGS, '2026-03-16T00:00:00.000Z')).toThrow(
      /no choice was made/,
    );
    expect(dumpTables(lib.db)).toEqual(before);
  });

  it('keep mine leaves the library as it is', () => {
    const before = dumpTables(lib.db);
    const result = applyImport(lib.db, file, { all: 'keep-mine' }, TEST_SETTINGS, '2026-03-16T00:00:00.000Z');
    expect(result.sections.feedback).toMatchObject({ kept: 2, replaced: 0, added: 0 });
    expect(dumpTables(lib.db)).toEqual(before);
  });

  it("take the file's puts the file's records back, and their ledger rows follow", () => {
    const original = (JSON.parse(fs.readFileSync(file, 'utf8')) as { feedback: { id: string; body: string }[] }).feedback.find(
      (entry) => entry.id === edited.id,
    );
    const result = applyImport(lib.db, file, { all: 'take-file' }, TEST_SETTINGS, '2026-03-16T00:00:00.000Z');
    expect(result.sections.feedback).toMatchObject({ kept: 0, replaced: 2 });
    expect(bodyOf(edited.id)).toBe(original?.body);
    expect(previewImport(lib.db, file, TEST_SETTINGS).totals.conflicting).toBe(0);
  });

  it('a choice per record overrides the choice for all', () => {
    applyImport(lib.db, file, { all: 'take-file', records: { [`feedback:${edited.id}`]: 'keep-mine' } }, TEST_SETTINGS, '2026-03-16T00:00:00.000Z');
    expect(bodyOf(edited.id)).toBe(edited.body);
    expect(previewImport(lib.db, file, TEST_SETTINGS).sections.feedback.conflicting).toBe(1);
  });

  it('settings that differ are a conflict too', () => {
    const mine = { analysis: { ...TEST_SETTINGS.analysis, windowDays: 90 } };
    expect(previewImport(lib.db, file, mine).settings).toBe('conflicting');
    const kept = applyImport(lib.db, file, { all: 'take-file', settings: 'keep-mine' }, mine, '2026-03-16T00:00:00.000Z');
    expect(kept).toMatchObject({ settings: 'kept', takeSettings: null });
    expect(() => applyImport(lib.db, file, undefined, mine, '2026-03-16T00:00:00.000Z')).toThrow(/settings differ/);
    const result = applyImport(lib.db, file, { settings: 'take-file' }, mine, '2026-03-16T00:00:00.000Z');
    expect(result.settings).toBe('replaced');
    expect(result.takeSettings).toEqual(TEST_SETTINGS);
  });
});
