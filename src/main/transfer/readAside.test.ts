import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSampleLibrary } from '../sample/sampleLibrary';
import { buildEntries } from '../testing/buildEntries';
import { tempLibrary } from '../testing/tempLibrary';
import { ImportProblem } from './importProblem';
import { AHEAD_MAX, BATCH_RECORDS, readExportAside, readExportFile } from './readAside';
import { readExport, type ExportVisitor } from './readExport';
import { exportText } from './testing';

type Doc = Record<string, unknown> & { help: Record<string, unknown>[] };

let buildDir: string;
let worker: string;
let lib: ReturnType<typeof tempLibrary>;
let doc: Doc;

beforeAll(async () => {
  // Built as the app's entries are: the worker runs as out/main/exportReader.js does.
  buildDir = await buildEntries('test-export-reader', { exportReader: 'src/main/transfer/exportReaderWorker.ts' });
  worker = path.join(buildDir, 'exportReader.js');
  lib = tempLibrary({ now: () => new Date('2026-03-15T12:00:00Z') });
  await writeSampleLibrary(lib.db, { today: '2026-03-15', seed: 5 });
  doc = JSON.parse(await exportText(lib.db, lib.dataDir)) as Doc;
  // Enough records for more batches than the worker may be ahead, so it waits for the import too.
  const help = doc.help;
  while (help.length < BATCH_RECORDS * (AHEAD_MAX + 4)) help.push({ ...(help[help.length % 50] as object), id: randomUUID() });
}, 120_000);

afterAll(() => {
  lib.cleanup();
  fs.rmSync(buildDir, { recursive: true, force: true });
});

const fileOf = (document: unknown, name = 'incoming.json') => {
  const file = path.join(lib.dataDir, name);
  fs.writeFileSync(file, typeof document === 'string' ? document : JSON.stringify(document));
  return file;
};

/** Everything a reader hands its visitor, in order, and how it ended: the header or the error's message. */
function visits(read: (visitor: ExportVisitor) => unknown, stopAt?: number) {
  const seen: unknown[] = [];
  let ended: unknown;
  try {
    const header = read({
      header: (start) => seen.push(['header', start]),
      record(section, index, record) {
        if (seen.length === stopAt) throw new Error('the import stopped here');
        seen.push([section, index, record]);
      },
    });
    ended = { header };
  } catch (error) {
    ended = { error: (error as Error).message, problem: error instanceof ImportProblem };
  }
  return { seen, ended };
}

describe('an export file read on the worker', () => {
  it('hands the import the same records, in the same order, and the same header as reading it on its own thread', () => {
    const file = fileOf(doc);
    const aside = visits((visitor) => readExportAside(file, visitor, worker));
    expect(aside.seen.length).toBeGreaterThan(BATCH_RECORDS * (AHEAD_MAX + 4));
    expect(aside).toEqual(visits((visitor) => readExport(file, visitor)));
  });

  it('stops at the same problem, after the same records, with the same message', () => {
    const late = structuredClone(doc);
    (late.help[late.help.length - 10] as Record<string, unknown>).note = 42;
    const notJson = JSON.stringify(doc).slice(0, 200_000);
    for (const file of [fileOf(late, 'late.json'), fileOf(notJson, 'cut.json'), fileOf('[1, 2]', 'list.json'), path.join(lib.dataDir, 'none.json')]) {
      const aside = visits((visitor) => readExportAside(file, visitor, worker));
      expect(aside.ended).toMatchObject({ problem: true });
      expect(aside).toEqual(visits((visitor) => readExport(file, visitor)));
    }
  });

  it('stops reading when the import stops at a problem of its own', () => {
    const file = fileOf(doc);
    const stopped = visits((visitor) => readExportAside(file, visitor, worker), 700);
    expect(stopped.ended).toEqual({ error: 'the import stopped here', problem: false });
    expect(stopped.seen).toHaveLength(700);
    // The next read starts afresh.
    expect(visits((visitor) => readExportAside(file, visitor, worker)).ended).toMatchObject({ header: { format: 'counterpoint-export' } });
  });

  it('is used only for a file large enough to gain from it', () => {
    const small = fileOf(doc, 'small.json');
    // A worker that does not exist would fail the read: a small file never starts it.
    expect(visits((visitor) => readExportFile(small, visitor, path.join(buildDir, 'missing.js'))).ended).toMatchObject({ header: {} });
  });
});
