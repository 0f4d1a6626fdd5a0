import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeSampleLibrary } from '../sample/sampleLibrary';
import { tempLibrary } from '../testing/tempLibrary';
import { applyImport, previewImport } from './importLibrary';
import { ImportProblem } from './importProblem';
import { dumpTables, exportText, TEST_SETTINGS } from './testing';

type Doc = Record<string, unknown> & { feedback: Record<string, unknown>[]; help: Record<string, unknown>[] };

let source: ReturnType<typeof tempLibrary>;
let target: ReturnType<typeof tempLibrary>;
let text: string;

beforeEach(async () => {
  source = tempLibrary({ now: () => new Date('2026-03-15T12:00:00Z') });
  await writeSampleLibrary(source.db, { today: '2026-03-15', seed: 7 });
  text = await exportText(source.db, source.dataDir);
  // The target holds part of the library already, so "changes nothing" is tested against real rows.
  target = tempLibrary({ now: () => new Date('2026-03-15T12:00:00Z') });
  await writeSampleLibrary(target.db, { today: '2026-03-15', seed: 7 });
});
afterEach(() => {
  source.cleanup();
  target.cleanup();
});

function fileWith(content: string): string {
  const file = path.join(target.dataDir, 'incoming.json');
  fs.writeFileSync(file, content);
  return file;
}
const edited = (edit: (doc: Doc) => void) => {
  const doc = JSON.parse(text) as Doc;
  edit(doc);
  return fileWith(JSON.stringify(doc));
};

/** Both preview and apply refuse the file with a problem matching `message`, and the library is as it was. */
function expectRefused(file: string, message: RegExp) {
  const before = dumpTables(target.db);
  expect(() => previewImport(target.db, file, TEST_SETTINGS)).toThrow(message);
  expect(() => applyImport(target.db, file, { all: 'take-file' }, TEST_SETTINGS, '2026-03-16T00:00:00.000Z')).toThrow(
    ImportProblem,
  );
  expect(() => applyImport(target.db, file, { all: 'take-file' }, TEST_SETTINGS, '2026-03-16T00:00:00.000Z')).toThrow(message);
  expect(dumpTables(target.db)).toEqual(before);
}

describe('a file that cannot be imported changes nothing and says why', () => {
  it('a truncated file', () => {
    expectRefused(fileWith(text.slice(0, Math.floor(text.length * 0.6))), /ends too soon after \w+ record \d+/);
  });

  it('a file that is not JSON, or not an object', () => {
    expectRefused(fileWith('hello'), /not valid JSON|does not hold a JSON object/);
    expectRefused(fileWith('[1, 2]'), /does not hold a JSON object/);
  });

  it('an unknown format or version', () => {
    expectRefused(edited((doc) => (doc.format = 'something-else')), /not a Counterpoint export/);
    expectRefused(edited((doc) => (doc.version = 2)), /version is not one this Counterpoint reads/);
    expectRefused(fileWith(text.replace(/"format": [^\n]*\n/, '')), /does not begin with its format and version/);
  });

  it('a field of the wrong type, named with its record', () => {
    const file = edited((doc) => {
      doc.feedback[3]!.weightOverride = 'heavy';
    });
    const id = (JSON.parse(text) as Doc).feedback[3]!.id as string;
    expectRefused(file, new RegExp(`feedback record 4 \\(id ${id}\\), field "weightOverride"`));
  });

  it('one bad record among many: the last help entry with a misspelt field', () => {
    const doc = JSON.parse(text) as Doc;
    const last = doc.help.length;
    const file = edited((d) => {
      d.help[last - 1]!.notes = 'typo';
    });
    expectRefused(file, new RegExp(`help record ${last} .*field "notes"`));
  });

  it('one bad record among thousands: help entry 3,001 of 6,000 with a weight of 4', () => {
    const doc = JSON.parse(text) as Doc;
    const template = doc.help[0]!;
    doc.help = Array.from({ length: 6000 }, (_, index) => ({ ...template, id: randomUUID(), note: `help ${index}` }));
    doc.help[3000]!.weight = 4;
    const file = fileWith(JSON.stringify(doc));
    expectRefused(file, new RegExp(`help record 3001 \\(id ${doc.help[3000]!.id as string}\\), field "weight"`));
  });

  it('an unknown top-level field, a section that is not a list, or a missing section', () => {
    expectRefused(edited((doc) => (doc.extra = [])), /does not know: "extra"/);
    expectRefused(edited((doc) => (doc.requests = {})), /"requests" must be a list/);
    expectRefused(edited((doc) => delete doc.requests), /no "requests" list/);
  });

  it('an entry whose person is in neither the library nor the file', () => {
    const empty = tempLibrary();
    try {
      const file = edited((doc) => {
        doc.feedback[0]!.collaboratorId = '00000000-0000-4000-8000-000000000000';
      });
      const before = dumpTables(empty.db);
      expect(() => applyImport(empty.db, file, undefined, TEST_SETTINGS, '2026-03-16T00:00:00.000Z')).toThrow(
        /feedback record 1 .*field "collaboratorId": It points at a person who is neither in this library nor in the file/,
      );
      expect(dumpTables(empty.db)).toEqual(before);
    } finally {
      empty.cleanup();
    }
  });

  it('the same record twice', () => {
    expectRefused(
      edited((doc) => doc.feedback.push(doc.feedback[0]!)),
      /appears twice/,
    );
  });
});
