import type Database from 'better-sqlite3';
import { stringify } from 'csv-stringify/sync';
import { formatAnchor } from '../../shared/entities/feedback';
import { RECORDS, type EntryKind } from '../../shared/kinds';
import { DIMENSIONS, scoreAnswers, scoreOf } from '../../shared/selfAssessment/questionnaire';
import {
  CollaboratorRecord,
  ENTRY_RECORDS,
  ProjectRecord,
  type CollaboratorRecord as Collaborator,
  type CsvTable,
  type EntryRecords,
  type SelfAssessmentRecord,
} from '../../shared/transfer/exportDocument';
import { ENTRY_STORES, SECTION_STORES } from './sections';
import type { Sink } from './sink';

type Cell = string | number | null;
type Row = Record<string, Cell>;

/** A kind's record as spreadsheet cells: nested values (an anchor, practice items) as one readable cell. */
const ENTRY_CELLS: { [K in EntryKind]: (record: EntryRecords[K]) => Row } = {
  feedback: ({ anchor, ...rest }) => ({ ...rest, anchor: formatAnchor(anchor) }),
  lesson: ({ practice, ...rest }) => ({
    ...rest,
    practice: practice.map((item) => `${item.doneDate ? '[x]' : '[ ]'} ${item.text}`).join('\n'),
    practiceDone: practice.filter((item) => item.doneDate !== null).length,
    practiceCount: practice.length,
  }),
  help: (record) => ({ ...record }),
  request: (record) => ({ ...record }),
};

/** A self-assessment's scores, one column per dimension (empty while in progress), and its answers as one cell. */
function selfAssessmentCells({ answers, ...record }: SelfAssessmentRecord): Row {
  const scoring = record.completedAt === null ? undefined : scoreAnswers(record.questionnaireVersion, answers);
  const scores = scoring?.ok ? scoring.scores : undefined;
  return {
    ...record,
    ...Object.fromEntries(DIMENSIONS.map((dimension) => [dimension, scores ? scoreOf(scores, dimension) : null])),
    answers: Object.entries(answers)
      .map(([itemId, answer]) => `${itemId}: ${answer}`)
      .join('\n'),
  };
}

const SELF_ASSESSMENT_COLUMNS = ['id', 'questionnaireVersion', 'completedAt', 'createdAt', 'updatedAt', 'deletedAt', ...DIMENSIONS, 'answers'];

function namesOf(db: Database.Database) {
  const people = new Map<string, string>();
  const projects = new Map<string, string>();
  for (const row of db.prepare('SELECT id, name FROM collaborators').iterate() as Iterable<{ id: string; name: string }>) {
    people.set(row.id, row.name);
  }
  for (const row of db.prepare('SELECT id, title FROM projects').iterate() as Iterable<{ id: string; title: string }>) {
    projects.set(row.id, row.title);
  }
  return { people, projects };
}

/** The rows of one CSV table, each with the person's name and the project's title beside their ids. */
function* rowsOf(db: Database.Database, table: CsvTable): Generator<Row> {
  if (table === 'collaborators') {
    for (const record of SECTION_STORES.collaborators.iterate(db) as Iterable<Collaborator>) {
      yield { ...record, roles: record.roles.join(', ') };
    }
    return;
  }
  if (table === 'projects') {
    for (const record of SECTION_STORES.projects.iterate(db)) yield record as Row;
    return;
  }
  if (table === 'selfAssessment') {
    for (const record of SECTION_STORES.selfAssessments.iterate(db) as Iterable<SelfAssessmentRecord>) yield selfAssessmentCells(record);
    return;
  }
  const { people, projects } = namesOf(db);
  const cells = ENTRY_CELLS[table] as (record: unknown) => Row;
  for (const record of ENTRY_STORES[table].iterate(db)) {
    const { id, collaboratorId, projectId, ...rest } = cells(record);
    yield {
      id: id ?? null,
      collaboratorId: collaboratorId ?? null,
      collaboratorName: people.get(String(collaboratorId)) ?? '',
      projectId: projectId ?? null,
      projectTitle: projectId ? (projects.get(String(projectId)) ?? '') : '',
      ...rest,
    };
  }
}

const BATCH = 500;

/**
 * One table as CSV (RFC 4180, a header row, UTF-8 with a byte-order mark so spreadsheets read
 * accents right), in batches. Every cell that a spreadsheet would run as a formula (starting with
 * =, +, -, @, tab or CR) is written with a leading apostrophe: csv-stringify's escape_formulas.
 */
export async function writeCsv(db: Database.Database, table: CsvTable, sink: Sink): Promise<number> {
  let count = 0;
  let batch: Row[] = [];
  const columns = columnsOf(table);
  const own = !db.inTransaction;
  if (own) db.exec('BEGIN');
  try {
    await sink.write('\uFEFF');
    const writeBatch = async () => {
      if (batch.length === 0) return;
      await sink.write(stringify(batch, { header: count === batch.length, columns, escape_formulas: true, cast: { boolean: String } }));
      batch = [];
    };
    for (const row of rowsOf(db, table)) {
      batch.push(row);
      count += 1;
      if (batch.length === BATCH) await writeBatch();
    }
    await writeBatch();
    if (count === 0) await sink.write(`${columns.join(',')}\n`);
    await sink.flush();
  } finally {
    if (own) db.exec('COMMIT');
  }
  return count;
}

/** The columns of a table, from its record's schema: the same header whether the table is empty or not. */
function columnsOf(table: CsvTable): string[] {
  if (table === 'collaborators') return Object.keys(CollaboratorRecord.shape);
  if (table === 'projects') return Object.keys(ProjectRecord.shape);
  if (table === 'selfAssessment') return SELF_ASSESSMENT_COLUMNS;
  const fields = Object.keys(ENTRY_RECORDS[table].shape).flatMap((field) =>
    field === 'practice' ? ['practice', 'practiceDone', 'practiceCount'] : [field],
  );
  const own = fields.filter((field) => !['id', 'collaboratorId', 'projectId'].includes(field));
  return ['id', 'collaboratorId', 'collaboratorName', 'projectId', 'projectTitle', ...own];
}

/** The file name a CSV table is saved under. */
export const csvFileName = (table: CsvTable): string =>
  table === 'collaborators' ? 'people.csv' : table === 'projects' ? 'projects.csv' : `${RECORDS[table].area}.csv`;
