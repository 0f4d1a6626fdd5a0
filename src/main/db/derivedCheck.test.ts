import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { writeSampleLibrary } from '../sample/sampleLibrary';
import { tempLibrary } from '../testing/tempLibrary';
import { derivedDataDifferences, memoryCopyOf } from './derivedCheck';
import { DATABASE_FILE } from './open';

/**
 * The check of derived data against a fresh computation, on the sample library (every kind of
 * entry, deletions and restores, a year of ledger), and on copies of it spoiled behind the
 * triggers' back, one derived table at a time.
 */
let lib: ReturnType<typeof tempLibrary>;
beforeAll(async () => {
  lib = tempLibrary();
  await writeSampleLibrary(lib.db, { today: '2026-12-01' });
}, 60_000);
afterAll(() => lib.cleanup());

let spoiled: Database.Database;
beforeEach(() => {
  spoiled?.close();
  spoiled = memoryCopyOf(lib.db);
});

describe('derivedDataDifferences', () => {
  it('finds nothing in a library written by the handlers, read-only connection included', () => {
    expect(derivedDataDifferences(lib.db)).toEqual([]);
    const readOnly = new Database(path.join(lib.dataDir, DATABASE_FILE), { readonly: true });
    try {
      expect(derivedDataDifferences(readOnly)).toEqual([]);
    } finally {
      readOnly.close();
    }
  });

  it('finds a monthly rollup cell that no longer sums its ledger rows, and leaves it as it was', () => {
    const cell = spoiled.prepare('SELECT collaborator_id, month, direction, benefit, weight_sum FROM exchange_months LIMIT 1').get() as {
      collaborator_id: string;
      month: string;
      direction: string;
      benefit: string;
      weight_sum: number;
    };
    spoiled
      .prepare('UPDATE exchange_months SET weight_sum = weight_sum + 1 WHERE collaborator_id = ? AND month = ? AND direction = ? AND benefit = ?')
      .run(cell.collaborator_id, cell.month, cell.direction, cell.benefit);
    const differences = derivedDataDifferences(spoiled);
    expect(differences).toHaveLength(1);
    expect(differences[0]).toContain('the monthly rollup of the ledger (exchange_months)');
    expect(differences[0]).toContain(`month "${cell.month}"`);
    expect(differences[0]).toContain(`holds weight_sum ${cell.weight_sum + 1}`);
    expect(differences[0]).toMatch(new RegExp(`a fresh computation gives weight_sum ${cell.weight_sum}, entry_count \\d+$`));
    expect(spoiled.prepare('SELECT weight_sum FROM exchange_months WHERE collaborator_id = ? AND month = ? AND direction = ? AND benefit = ?').pluck().get(cell.collaborator_id, cell.month, cell.direction, cell.benefit)).toBe(cell.weight_sum + 1);
  });

  it('finds a missing rollup cell and one that should not be there', () => {
    spoiled.exec(`DELETE FROM exchange_months WHERE month = (SELECT min(month) FROM exchange_months)`);
    spoiled.exec(`INSERT INTO exchange_months VALUES ('nobody', '1999-01', 'given', 'growth', 3, 1)`);
    const differences = derivedDataDifferences(spoiled).join('\n');
    expect(differences).toMatch(/exchange_months\): the row .* is missing; a fresh computation gives weight_sum/);
    expect(differences).toMatch(/exchange_months\): the row collaborator_id "nobody", .* holds weight_sum 3, entry_count 1; a fresh computation has no such row/);
  });

  it('finds a derived ledger row that disagrees with its lesson, and one whose entry is gone', () => {
    const row = spoiled.prepare(`SELECT source_id, weight FROM exchanges WHERE source = 'lesson' LIMIT 1`).get() as { source_id: string; weight: number };
    spoiled.prepare(`UPDATE exchanges SET weight = ? WHERE source = 'lesson' AND source_id = ?`).run(row.weight === 3 ? 1 : 3, row.source_id);
    spoiled.exec(`PRAGMA foreign_keys = OFF`);
    spoiled.exec(`DELETE FROM feedback WHERE id = (SELECT source_id FROM exchanges WHERE source = 'feedback' LIMIT 1)`);
    const differences = derivedDataDifferences(spoiled);
    const ledger = differences.filter((line) => line.startsWith('the ledger rows derived from feedback and lessons (exchanges)'));
    expect(ledger.some((line) => line.includes(`source_id "${row.source_id}"`) && line.includes(`a fresh computation gives collaborator_id`))).toBe(true);
    expect(ledger.some((line) => line.includes('source "feedback"') && line.endsWith('a fresh computation has no such row'))).toBe(true);
    // The rollup follows the ledger rows it holds (its triggers ran), so only the ledger is wrong.
    expect(differences.filter((line) => line.includes('exchange_months'))).toEqual([]);
  });

  it('finds an entry whose words are missing from the search index, and one without its document', () => {
    const doc = spoiled.prepare(`SELECT d.doc, d.entry_id FROM search_docs d JOIN requests r ON r.id = d.entry_id LIMIT 1`).get() as { doc: number; entry_id: string };
    spoiled.prepare('DELETE FROM search_index WHERE rowid = ?').run(doc.doc);
    const words = derivedDataDifferences(spoiled);
    expect(words.length).toBeGreaterThan(0);
    expect(words.every((line) => line.startsWith('the words in the search index (search_index)'))).toBe(true);
    expect(words[0]).toContain(`entry_id "${doc.entry_id}"`);
    expect(words[0]).toContain('is missing; a fresh computation gives term');

    spoiled.prepare('DELETE FROM search_docs WHERE doc = (SELECT min(doc) FROM search_docs)').run();
    expect(derivedDataDifferences(spoiled).join('\n')).toMatch(/search_docs\): the row code \d+, entry_id ".*" is missing; a fresh computation gives documents 1/);
  });

  it('finds words indexed for a document no row has', () => {
    spoiled.exec(`INSERT INTO search_index (rowid, title, body) VALUES (9, 'stray', '')`);
    expect(derivedDataDifferences(spoiled)).toEqual([
      'the words in the search index (search_index): the row code 0, entry_id "no row (document 9)", col "title", offset 0 holds term "stray"; a fresh computation has no such row',
    ]);
  });

  it('finds a lesson indexed twice', () => {
    spoiled.exec(`INSERT INTO search_docs (doc, entry_id) SELECT min(doc) - 1, entry_id FROM search_docs WHERE doc >= 2 * 281474976710656 AND doc < 3 * 281474976710656`);
    expect(derivedDataDifferences(spoiled).join('\n')).toMatch(/search_docs\): the row code 2, entry_id ".*" holds documents 2; a fresh computation gives documents 1/);
  });
});
