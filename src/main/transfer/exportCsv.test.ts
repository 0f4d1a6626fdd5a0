import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempLibrary } from '../testing/tempLibrary';
import { exportCsvToFile } from './exportFile';

const libraries: ReturnType<typeof tempLibrary>[] = [];
afterEach(() => {
  for (const lib of libraries.splice(0)) lib.cleanup();
});

/** RFC 4180 as a spreadsheet reads it: quoted cells may hold commas, quotes ("") and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted && char === '"' && text[i + 1] === '"') {
      cell += '"';
      i += 1;
    } else if (char === '"') {
      quoted = !quoted;
    } else if (!quoted && char === ',') {
      row.push(cell);
      cell = '';
    } else if (!quoted && char === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else {
      cell += char;
    }
  }
  return rows;
}

describe('CSV export', () => {
  it('neutralises every cell a spreadsheet would run: =, +, -, @, tab and CR', async () => {
    const lib = tempLibrary({ now: () => new Date('2026-03-15T12:00:00Z') });
    libraries.push(lib);
    const person = await lib.call('collaborators.create', { name: 'Ana' });
    const dangerous = ['=HYPERLINK("http://x","y")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1'];
    const created = [];
    for (let i = 0; i < dangerous.length; i += 1) {
      created.push(
        await lib.call('feedback.create', { direction: 'received', collaboratorId: person.id, kind: 'critique', body: 'x', date: '2026-03-01' }),
      );
    }
    // The forms trim text, but an imported or older library may hold anything: write the raw values.
    created.forEach((entry, index) => lib.db.prepare('UPDATE feedback SET body = ? WHERE id = ?').run(dangerous[index], entry.id));

    const file = path.join(lib.dataDir, 'feedback.csv');
    expect(await exportCsvToFile(lib.db, 'feedback', file)).toBe(dangerous.length);
    const text = fs.readFileSync(file, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = parseCsv(text.slice(1));
    const body = header!.indexOf('body');
    expect(rows.map((row) => row[body]).sort()).toEqual(dangerous.map((value) => `'${value}`).sort());
    expect(rows[0]![header!.indexOf('collaboratorName')]).toBe('Ana');
    // Nothing else in the file starts with a formula character.
    const cells = rows.flat();
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
  });

  it('writes a header for an empty table', async () => {
    const lib = tempLibrary();
    libraries.push(lib);
    const file = path.join(lib.dataDir, 'people.csv');
    expect(await exportCsvToFile(lib.db, 'collaborators', file)).toBe(0);
    expect(fs.readFileSync(file, 'utf8')).toBe('\uFEFFid,name,kind,roles,notes,createdAt,updatedAt,archivedAt\n');
    const lessons = path.join(lib.dataDir, 'lessons.csv');
    await exportCsvToFile(lib.db, 'lesson', lessons);
    expect(fs.readFileSync(lessons, 'utf8')).toMatch(/^\uFEFFid,collaboratorId,collaboratorName,projectId,projectTitle,userRole,status,date,durationMin,.*,deletedAt,practice,practiceDone,practiceCount\n$/);
  });
});
