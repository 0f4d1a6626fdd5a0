import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
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
  return lib;
}

describe('export → import → export', () => {
  it('gives the same document on the sample library, the bin included', async () => {
    const source = await sampleWithBin();
    const first = await exportText(source.db, source.dataDir);
    const document = ExportDocument.parse(JSON.parse(first));
    expect(document.feedback.some((entry) => entry.deletedAt !== null)).toBe(true);
    expect(document.lessons.some((entry) => entry.practice.length > 0)).toBe(true);
    expect(document.help.length).toBeGreaterThan(0);

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
