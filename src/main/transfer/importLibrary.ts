import type Database from 'better-sqlite3';
import { kindOfSection, SECTIONS, type ExportHeader, type ExportSettings, type Section } from '../../shared/transfer/exportDocument';
import type {
  ConflictChoice,
  ImportConflict,
  ImportPreview,
  ImportResolution,
  ImportResult,
  SectionPreview,
} from '../../shared/transfer/importPlan';
import { statement } from '../db/statements';
import { isEmptyLibrary, startFreshLoad, withLoadCache } from './freshLoad';
import { ImportProblem } from './importProblem';
import { KeySet } from './keySet';
import { readExportFile } from './readAside';
import { readExport, type ExportVisitor } from './readExport';
import { SECTION_STORES } from './sections';

/** How many conflicting records a preview lists by name (the count covers them all). */
export const LISTED_CONFLICTS = 50;

type Outcome = 'new' | 'identical' | 'conflicting';

/** A record's content in one canonical text: keys sorted, so field order in a file does not matter. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

/** The fields that differ between the library's record and the file's. */
function changedFields(mine: Record<string, unknown>, theirs: Record<string, unknown>): string[] {
  const keys = new Set([...Object.keys(mine), ...Object.keys(theirs)]);
  return [...keys].filter((key) => canonical(mine[key]) !== canonical(theirs[key]));
}

/** A line that tells the user which record this is. */
function labelOf(record: Record<string, unknown>): string {
  const text = ['name', 'title', 'body', 'topics', 'what', 'note', 'role'].map((field) => record[field]).find(
    (value): value is string => typeof value === 'string' && value.trim() !== '',
  );
  const day = ['date', 'dateAsked'].map((field) => record[field]).find((value) => typeof value === 'string');
  const excerpt = text ? (text.length > 80 ? `${text.slice(0, 79)}…` : text) : '';
  return [day, excerpt].filter(Boolean).join(' · ') || String(record.id ?? '');
}

interface Pass {
  onRecord(section: Section, index: number, key: string, outcome: Outcome, record: unknown, mine: unknown): void;
}

/**
 * One pass over the file against the library: every record validated, classified (new, identical,
 * conflicting), its key checked to be unique in the file and its people and projects checked to
 * exist in the library or the file. Throws ImportProblem at the first problem. For an empty
 * library every record is new and nothing needs looking up. `read` reads the file: a preview only
 * reads, so it reads on its own thread; an import writes meanwhile, so it reads on a worker.
 */
type Reader = (file: string, visitor: ExportVisitor) => ExportHeader;

function passOver(db: Database.Database, file: string, empty: boolean, pass: Pass, read: Reader): { settings: ExportSettings } {
  const seen = Object.fromEntries(SECTIONS.map((section) => [section, new KeySet()])) as Record<Section, KeySet>;
  const unresolved = new Map<string, { section: Section; index: number; id: string; field: string; what: 'person' | 'project' }>();
  const exists = (table: 'collaborators' | 'projects', id: string) =>
    seen[table].has(id) || (!empty && statement(db, `SELECT 1 AS found FROM ${table} WHERE id = ?`).get(id) !== undefined);
  const header = read(file, {
    header: () => undefined,
    record(section, index, record) {
      const store = SECTION_STORES[section];
      const key = store.keyOf(record);
      const id = (record as { id?: string }).id ?? key;
      if (!seen[section].addNew(key)) {
        throw new ImportProblem('This record appears twice in the file.', { section, index, id });
      }
      const refs = store.references(record);
      const check = (table: 'collaborators' | 'projects', ref: string) => {
        if (!exists(table, ref) && !unresolved.has(`${table}:${ref}`)) {
          const field = table === 'projects' ? 'projectId' : 'collaboratorId';
          unresolved.set(`${table}:${ref}`, { section, index, id, field, what: table === 'projects' ? 'project' : 'person' });
        }
      };
      for (const ref of refs.collaborators) check('collaborators', ref);
      for (const ref of refs.projects) check('projects', ref);
      const mine = empty ? undefined : store.find(db, key);
      const outcome: Outcome = mine === undefined ? 'new' : canonical(mine) === canonical(record) ? 'identical' : 'conflicting';
      pass.onRecord(section, index, key, outcome, record, mine);
    },
  });
  for (const [ref, place] of unresolved) {
    const table = ref.startsWith('projects:') ? 'projects' : 'collaborators';
    if (!seen[table].has(ref.slice(table.length + 1))) {
      throw new ImportProblem(`It points at a ${place.what} who is neither in this library nor in the file.`, place);
    }
  }
  return { settings: header.settings };
}

const emptySection = (): SectionPreview => ({ new: 0, identical: 0, conflicting: 0, conflicts: [] });

/** What an import would do, without writing anything. */
export function previewImport(db: Database.Database, file: string, librarySettings: ExportSettings): ImportPreview {
  const sections = Object.fromEntries(SECTIONS.map((section) => [section, emptySection()])) as Record<Section, SectionPreview>;
  const { settings } = readInSnapshot(db, () =>
    passOver(db, file, isEmptyLibrary(db), {
      onRecord(section, _index, key, outcome, record, mine) {
        const counts = sections[section];
        counts[outcome] += 1;
        if (outcome === 'conflicting' && counts.conflicts.length < LISTED_CONFLICTS) {
          const conflict: ImportConflict = {
            key,
            label: labelOf(mine as Record<string, unknown>),
            fileLabel: labelOf(record as Record<string, unknown>),
            fields: changedFields(mine as Record<string, unknown>, record as Record<string, unknown>),
          };
          counts.conflicts.push(conflict);
        }
      },
    }, readExport),
  );
  const total = (field: 'new' | 'identical' | 'conflicting') => SECTIONS.reduce((sum, section) => sum + sections[section][field], 0);
  return {
    sections,
    totals: { new: total('new'), identical: total('identical'), conflicting: total('conflicting') },
    settings: canonical(settings) === canonical(librarySettings) ? 'identical' : 'conflicting',
  };
}

function readInSnapshot<T>(db: Database.Database, fn: () => T): T {
  if (db.inTransaction) return fn();
  db.exec('BEGIN');
  try {
    return fn();
  } finally {
    db.exec('COMMIT');
  }
}

const choiceFor = (resolution: ImportResolution | undefined, section: Section, key: string): ConflictChoice | undefined =>
  resolution?.records?.[`${section}:${key}`] ?? resolution?.all;

/**
 * Imports the file in ONE transaction: every record lands, or (on any problem, or a conflict with
 * no choice made for it) none does. New records are added; identical ones left; conflicting ones
 * kept or taken from the file as the user chose. The ledger rows of every feedback entry and
 * lesson written are derived again in the same transaction. Into an empty library the rows go in
 * as a fresh load (freshLoad.ts: indexes, rollup and search index built once at the end, in the
 * same transaction). Returns what changed, and the file's settings when the user chose to take them.
 */
export function applyImport(
  db: Database.Database,
  file: string,
  resolution: ImportResolution | undefined,
  librarySettings: ExportSettings,
  at: string,
): ImportResult & { takeSettings: ExportSettings | null } {
  const result = Object.fromEntries(
    SECTIONS.map((section) => [section, { added: 0, replaced: 0, kept: 0, identical: 0 }]),
  ) as ImportResult['sections'];
  const importAll = db.transaction(() => {
    // A record may point at a person or project further down the file; passOver checks every
    // reference by the end, and the database's own check runs at commit.
    db.pragma('defer_foreign_keys = ON');
    const fresh = isEmptyLibrary(db) ? startFreshLoad(db, at) : undefined;
    const read = passOver(db, file, fresh !== undefined, {
      onRecord(section, index, key, outcome, record) {
        const counts = result[section];
        if (outcome === 'identical') {
          counts.identical += 1;
          return;
        }
        if (outcome === 'conflicting') {
          const choice = choiceFor(resolution, section, key);
          if (choice === undefined) {
            throw new ImportProblem(
              'It differs from the record with the same id in this library, and no choice was made between them (keep mine or take the file’s).',
              { section, index, id: key },
            );
          }
          if (choice === 'keep-mine') {
            counts.kept += 1;
            return;
          }
          counts.replaced += 1;
        } else {
          counts.added += 1;
        }
        SECTION_STORES[section].write(db, record, at, fresh);
      },
      // The writes are most of an import's work: the file is read beside them (readAside.ts).
    }, readExportFile);
    if (canonical(read.settings) !== canonical(librarySettings) && (resolution?.settings ?? resolution?.all) === undefined) {
      throw new ImportProblem(
        'The file’s analysis settings differ from this library’s, and no choice was made between them (keep mine or take the file’s).',
        { field: 'settings' },
      );
    }
    fresh?.finish();
    return read.settings;
  });
  const settings = withLoadCache(db, () => importAll.immediate());
  const settingsDiffer = canonical(settings) !== canonical(librarySettings);
  const takeSettings = settingsDiffer && (resolution?.settings ?? resolution?.all) === 'take-file' ? settings : null;
  return {
    sections: result,
    settings: !settingsDiffer ? 'identical' : takeSettings ? 'replaced' : 'kept',
    entries: SECTIONS.filter((section) => kindOfSection(section)).reduce(
      (sum, section) => sum + result[section].added + result[section].replaced,
      0,
    ),
    takeSettings,
  };
}
