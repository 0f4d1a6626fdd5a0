import type Database from 'better-sqlite3';
import { ENTRY_KINDS, KINDS, type EntryKind } from '../../shared/kinds';
import type {
  CollaboratorRecord,
  EntryRecords,
  FeedbackRecord,
  LessonRecord,
  ProjectMemberRecord,
  ProjectRecord,
  Section,
  SelfAssessmentRecord,
} from '../../shared/transfer/exportDocument';
import { deriveExchanges } from '../db/ledger';
import { statement } from '../db/statements';
import type { FreshLoad } from './freshLoad';

/**
 * How each section of the export document meets the library: reading every record in a stable
 * order (row by row, never the whole table at once), finding one by its key, and writing one
 * (insert or replace, with what hangs off it: roles, practice items, derived ledger rows).
 * Records are read with the SQL below so the document holds exactly the stored fields.
 */
export interface SectionStore<R> {
  iterate(db: Database.Database): IterableIterator<R>;
  keyOf(record: R): string;
  find(db: Database.Database, key: string): R | undefined;
  /**
   * Writes the record over any row with its key; `at` stamps derived ledger rows. In a fresh load
   * (an import into an empty library) there is no row to write over: the record is a plain insert,
   * and the ledger rows are derived straight from it.
   */
  write(db: Database.Database, record: R, at: string, fresh?: FreshLoad): void;
  /** The people and projects the record points at. */
  references(record: R): { collaborators: string[]; projects: string[] };
}

const noReferences = () => ({ collaborators: [], projects: [] });
const entryReferences = (record: { collaboratorId: string; projectId: string | null }) => ({
  collaborators: [record.collaboratorId],
  projects: record.projectId ? [record.projectId] : [],
});

/**
 * A record's write: the insert, and what turns it into a write over the row with the same key. In a
 * fresh load no row can have the key (the library was empty and the file's keys are checked unique
 * before the write), so the plain insert is used: it spares SQLite the conflict probe and the
 * statement journal an upsert needs, a few microseconds a row.
 */
function upsert(insert: string, onConflict: string): (db: Database.Database, fresh: FreshLoad | undefined) => Database.Statement {
  const written = `${insert}\n${onConflict}`;
  return (db, fresh) => statement(db, fresh ? insert : written);
}

function flatStore<R extends { id: string }>(options: {
  select: string;
  order: string;
  where?: string;
  toRecord?: (row: Record<string, unknown>) => R;
  write: (db: Database.Database, record: R, at: string, fresh?: FreshLoad) => void;
  references: (record: R) => { collaborators: string[]; projects: string[] };
}): SectionStore<R> {
  const where = options.where ? `WHERE ${options.where}` : '';
  const and = options.where ? `AND ${options.where}` : '';
  const toRecord = options.toRecord ?? ((row) => row as R);
  return {
    *iterate(db) {
      for (const row of db.prepare(`${options.select} ${where} ORDER BY ${options.order}`).iterate()) {
        yield toRecord(row as Record<string, unknown>);
      }
    },
    keyOf: (record) => record.id,
    find(db, key) {
      const row = statement(db, `${options.select} WHERE id = ? ${and}`).get(key) as Record<string, unknown> | undefined;
      return row && toRecord(row);
    },
    write: options.write,
    references: options.references,
  };
}

const WRITE_PROJECTS = upsert(
  `INSERT INTO projects (id, title, medium, status, start_date, end_date, description, created_at, updated_at, archived_at)
       VALUES (@id, @title, @medium, @status, @startDate, @endDate, @description, @createdAt, @updatedAt, @archivedAt)`,
  `ON CONFLICT (id) DO UPDATE SET title = excluded.title, medium = excluded.medium, status = excluded.status,
         start_date = excluded.start_date, end_date = excluded.end_date, description = excluded.description,
         created_at = excluded.created_at, updated_at = excluded.updated_at, archived_at = excluded.archived_at`,
);

const projects = flatStore<ProjectRecord>({
  select: `SELECT id, title, medium, status, start_date AS startDate, end_date AS endDate, description,
                  created_at AS createdAt, updated_at AS updatedAt, archived_at AS archivedAt FROM projects`,
  order: 'created_at, id',
  write(db, r, _at, fresh) {
    WRITE_PROJECTS(db, fresh).run(r);
  },
  references: noReferences,
});

const WRITE_COLLABORATORS = upsert(
  `INSERT INTO collaborators (id, name, kind, notes, created_at, updated_at, archived_at,
         check_in_every, check_in_unit, check_in_snoozed_until)
       VALUES (@id, @name, @kind, @notes, @createdAt, @updatedAt, @archivedAt, @checkInEvery, @checkInUnit, @checkInSnoozedUntil)`,
  `ON CONFLICT (id) DO UPDATE SET name = excluded.name, kind = excluded.kind, notes = excluded.notes,
         created_at = excluded.created_at, updated_at = excluded.updated_at, archived_at = excluded.archived_at,
         check_in_every = excluded.check_in_every, check_in_unit = excluded.check_in_unit,
         check_in_snoozed_until = excluded.check_in_snoozed_until`,
);

const collaborators = flatStore<CollaboratorRecord>({
  select: `SELECT id, name, kind,
                  (SELECT json_group_array(role) FROM (SELECT role FROM collaborator_roles r
                     WHERE r.collaborator_id = collaborators.id ORDER BY role)) AS roles,
                  notes, created_at AS createdAt, updated_at AS updatedAt, archived_at AS archivedAt,
                  check_in_every AS checkInEvery, check_in_unit AS checkInUnit, check_in_snoozed_until AS checkInSnoozedUntil
           FROM collaborators`,
  order: 'created_at, id',
  toRecord: (row) => ({ ...row, roles: JSON.parse(row.roles as string) as string[] }) as CollaboratorRecord,
  write(db, r, _at, fresh) {
    WRITE_COLLABORATORS(db, fresh).run({
      id: r.id,
      name: r.name,
      kind: r.kind,
      notes: r.notes,
      createdAt: r.createdAt,
      updatedAt: r.updatedAt,
      archivedAt: r.archivedAt,
      checkInEvery: r.checkInEvery,
      checkInUnit: r.checkInUnit,
      checkInSnoozedUntil: r.checkInSnoozedUntil,
    });
    if (!fresh) statement(db, 'DELETE FROM collaborator_roles WHERE collaborator_id = ?').run(r.id);
    const insert = statement(db, 'INSERT INTO collaborator_roles (collaborator_id, role) VALUES (?, ?)');
    for (const role of r.roles) insert.run(r.id, role);
  },
  references: noReferences,
});

const memberKey = (record: Pick<ProjectMemberRecord, 'projectId' | 'collaboratorId'>) =>
  `${record.projectId}/${record.collaboratorId}`;
const MEMBER_SELECT = `SELECT project_id AS projectId, collaborator_id AS collaboratorId, role, added_at AS addedAt FROM project_members`;

const WRITE_PROJECT_MEMBERS = upsert(
  `INSERT INTO project_members (project_id, collaborator_id, role, added_at) VALUES (@projectId, @collaboratorId, @role, @addedAt)`,
  `ON CONFLICT (project_id, collaborator_id) DO UPDATE SET role = excluded.role, added_at = excluded.added_at`,
);

const projectMembers: SectionStore<ProjectMemberRecord> = {
  *iterate(db) {
    for (const row of db.prepare(`${MEMBER_SELECT} ORDER BY project_id, collaborator_id`).iterate()) {
      yield row as ProjectMemberRecord;
    }
  },
  keyOf: memberKey,
  find(db, key) {
    const [projectId, collaboratorId] = key.split('/');
    return statement(db, `${MEMBER_SELECT} WHERE project_id = ? AND collaborator_id = ?`).get(projectId, collaboratorId) as
      | ProjectMemberRecord
      | undefined;
  },
  write(db, r, _at, fresh) {
    WRITE_PROJECT_MEMBERS(db, fresh).run(r);
  },
  references: (r) => ({ collaborators: [r.collaboratorId], projects: [r.projectId] }),
};

interface AnchorRow {
  anchor_kind: 'none' | 'time' | 'text';
  anchor_start_sec: number | null;
  anchor_end_sec: number | null;
  anchor_text: string;
}

const WRITE_FEEDBACK = upsert(
  `INSERT INTO feedback (id, direction, collaborator_id, project_id, piece, anchor_kind, anchor_start_sec, anchor_end_sec,
         anchor_text, kind, body, date, status, status_date, decline_reason, benefit_override, weight_override,
         created_at, updated_at, deleted_at)
       VALUES (@id, @direction, @collaboratorId, @projectId, @piece, @anchorKind, @anchorStart, @anchorEnd, @anchorText,
         @kind, @body, @date, @status, @statusDate, @declineReason, @benefitOverride, @weightOverride,
         @createdAt, @updatedAt, @deletedAt)`,
  `ON CONFLICT (id) DO UPDATE SET direction = excluded.direction, collaborator_id = excluded.collaborator_id,
         project_id = excluded.project_id, piece = excluded.piece, anchor_kind = excluded.anchor_kind,
         anchor_start_sec = excluded.anchor_start_sec, anchor_end_sec = excluded.anchor_end_sec,
         anchor_text = excluded.anchor_text, kind = excluded.kind, body = excluded.body, date = excluded.date,
         status = excluded.status, status_date = excluded.status_date, decline_reason = excluded.decline_reason,
         benefit_override = excluded.benefit_override, weight_override = excluded.weight_override,
         created_at = excluded.created_at, updated_at = excluded.updated_at, deleted_at = excluded.deleted_at`,
);

const feedback = flatStore<FeedbackRecord>({
  select: `SELECT id, direction, collaborator_id AS collaboratorId, project_id AS projectId, piece,
                  anchor_kind, anchor_start_sec, anchor_end_sec, anchor_text, kind, body, date, status,
                  status_date AS statusDate, decline_reason AS declineReason, benefit_override AS benefitOverride,
                  weight_override AS weightOverride, created_at AS createdAt, updated_at AS updatedAt,
                  deleted_at AS deletedAt FROM feedback`,
  order: 'created_at, id',
  toRecord(row) {
    const { anchor_kind, anchor_start_sec, anchor_end_sec, anchor_text, ...rest } = row as unknown as AnchorRow &
      Omit<FeedbackRecord, 'anchor'>;
    const anchor: FeedbackRecord['anchor'] =
      anchor_kind === 'time'
        ? { kind: 'time', startSec: anchor_start_sec ?? 0, endSec: anchor_end_sec }
        : anchor_kind === 'text'
          ? { kind: 'text', text: anchor_text }
          : { kind: 'none' };
    const { id, direction, collaboratorId, projectId, piece, ...after } = rest;
    return { id, direction, collaboratorId, projectId, piece, anchor, ...after };
  },
  write(db, r, at, fresh) {
    const { anchor, ...fields } = r;
    WRITE_FEEDBACK(db, fresh).run({
      ...fields,
      anchorKind: anchor.kind,
      anchorStart: anchor.kind === 'time' ? anchor.startSec : null,
      anchorEnd: anchor.kind === 'time' ? anchor.endSec : null,
      anchorText: anchor.kind === 'text' ? anchor.text : '',
    });
    if (fresh) fresh.deriveFeedback(r);
    else deriveExchanges(db, 'feedback', r.id, at);
  },
  references: entryReferences,
});

const WRITE_LESSONS = upsert(
  `INSERT INTO lessons (id, collaborator_id, project_id, user_role, status, date, duration_min, topics, takeaways, confidence,
         benefit_override, weight_override, created_at, updated_at, deleted_at)
       VALUES (@id, @collaboratorId, @projectId, @userRole, @status, @date, @durationMin, @topics, @takeaways, @confidence,
         @benefitOverride, @weightOverride, @createdAt, @updatedAt, @deletedAt)`,
  `ON CONFLICT (id) DO UPDATE SET collaborator_id = excluded.collaborator_id, project_id = excluded.project_id,
         user_role = excluded.user_role, status = excluded.status, date = excluded.date, duration_min = excluded.duration_min,
         topics = excluded.topics, takeaways = excluded.takeaways, confidence = excluded.confidence,
         benefit_override = excluded.benefit_override, weight_override = excluded.weight_override,
         created_at = excluded.created_at, updated_at = excluded.updated_at, deleted_at = excluded.deleted_at`,
);

const lessons = flatStore<LessonRecord>({
  select: `SELECT id, collaborator_id AS collaboratorId, project_id AS projectId, user_role AS userRole, status, date,
                  duration_min AS durationMin, topics, takeaways, confidence, benefit_override AS benefitOverride,
                  weight_override AS weightOverride,
                  (SELECT json_group_array(json_object('id', id, 'text', text, 'dueDate', due_date, 'doneDate', done_date,
                     'position', position, 'createdAt', created_at, 'updatedAt', updated_at))
                   FROM (SELECT * FROM practice_items i WHERE i.lesson_id = lessons.id ORDER BY position, id)) AS practice,
                  created_at AS createdAt, updated_at AS updatedAt, deleted_at AS deletedAt FROM lessons`,
  order: 'created_at, id',
  toRecord: (row) => ({ ...row, practice: JSON.parse(row.practice as string) as LessonRecord['practice'] }) as LessonRecord,
  write(db, r, at, fresh) {
    const { practice, ...fields } = r;
    WRITE_LESSONS(db, fresh).run(fields);
    if (!fresh) statement(db, 'DELETE FROM practice_items WHERE lesson_id = ?').run(r.id);
    const insert = statement(
      db,
      `INSERT INTO practice_items (id, lesson_id, text, due_date, done_date, position, created_at, updated_at)
       VALUES (@id, @lessonId, @text, @dueDate, @doneDate, @position, @createdAt, @updatedAt)`,
    );
    for (const item of practice) insert.run({ ...item, lessonId: r.id });
    if (fresh) fresh.deriveLesson(r);
    else deriveExchanges(db, 'lesson', r.id, at);
  },
  references: entryReferences,
});

const WRITE_HELP = upsert(
  `INSERT INTO exchanges (id, source, source_id, collaborator_id, project_id, direction, benefit, weight, initiated_by,
         date, note, created_at, updated_at, deleted_at)
       VALUES (@id, 'help', @id, @collaboratorId, @projectId, @direction, @benefit, @weight, @initiatedBy,
         @date, @note, @createdAt, @updatedAt, @deletedAt)`,
  `ON CONFLICT (id) DO UPDATE SET collaborator_id = excluded.collaborator_id, project_id = excluded.project_id,
         direction = excluded.direction, benefit = excluded.benefit, weight = excluded.weight,
         initiated_by = excluded.initiated_by, date = excluded.date, note = excluded.note,
         created_at = excluded.created_at, updated_at = excluded.updated_at, deleted_at = excluded.deleted_at
       WHERE exchanges.source = 'help'`,
);

const help = flatStore<EntryRecords['help']>({
  where: `source = 'help'`,
  select: `SELECT id, collaborator_id AS collaboratorId, project_id AS projectId, direction, benefit, weight,
                  initiated_by AS initiatedBy, date, note, created_at AS createdAt, updated_at AS updatedAt,
                  deleted_at AS deletedAt FROM exchanges`,
  order: 'created_at, id',
  write(db, r, _at, fresh) {
    WRITE_HELP(db, fresh).run(r);
  },
  references: entryReferences,
});

const WRITE_REQUESTS = upsert(
  `INSERT INTO requests (id, asked_by, collaborator_id, project_id, what, date_asked, outcome, date_resolved, note,
         created_at, updated_at, deleted_at)
       VALUES (@id, @askedBy, @collaboratorId, @projectId, @what, @dateAsked, @outcome, @dateResolved, @note,
         @createdAt, @updatedAt, @deletedAt)`,
  `ON CONFLICT (id) DO UPDATE SET asked_by = excluded.asked_by, collaborator_id = excluded.collaborator_id,
         project_id = excluded.project_id, what = excluded.what, date_asked = excluded.date_asked,
         outcome = excluded.outcome, date_resolved = excluded.date_resolved, note = excluded.note,
         created_at = excluded.created_at, updated_at = excluded.updated_at, deleted_at = excluded.deleted_at`,
);

const requests = flatStore<EntryRecords['request']>({
  select: `SELECT id, asked_by AS askedBy, collaborator_id AS collaboratorId, project_id AS projectId, what,
                  date_asked AS dateAsked, outcome, date_resolved AS dateResolved, note,
                  created_at AS createdAt, updated_at AS updatedAt, deleted_at AS deletedAt FROM requests`,
  order: 'created_at, id',
  write(db, r, _at, fresh) {
    WRITE_REQUESTS(db, fresh).run(r);
  },
  references: entryReferences,
});

/** One store per kind of entry, keyed by kind so a new kind is a compile error here. */
const ENTRY_STORES: { [K in EntryKind]: SectionStore<EntryRecords[K]> } = {
  feedback,
  lesson: lessons,
  help,
  request: requests,
};

const WRITE_SELF_ASSESSMENTS = upsert(
  `INSERT INTO self_assessments (id, questionnaire_version, answers, completed_at, created_at, updated_at, deleted_at)
       VALUES (@id, @questionnaireVersion, @answers, @completedAt, @createdAt, @updatedAt, @deletedAt)`,
  `ON CONFLICT (id) DO UPDATE SET questionnaire_version = excluded.questionnaire_version, answers = excluded.answers,
         completed_at = excluded.completed_at, created_at = excluded.created_at, updated_at = excluded.updated_at,
         deleted_at = excluded.deleted_at`,
);

const selfAssessments = flatStore<SelfAssessmentRecord>({
  select: `SELECT id, questionnaire_version AS questionnaireVersion, answers, completed_at AS completedAt,
                  created_at AS createdAt, updated_at AS updatedAt, deleted_at AS deletedAt FROM self_assessments`,
  order: 'created_at, id',
  toRecord: (row) => ({ ...row, answers: JSON.parse(row.answers as string) as SelfAssessmentRecord['answers'] }) as SelfAssessmentRecord,
  write(db, r, _at, fresh) {
    WRITE_SELF_ASSESSMENTS(db, fresh).run({ ...r, answers: JSON.stringify(r.answers) });
  },
  references: noReferences,
});

export const SECTION_STORES = {
  projects,
  collaborators,
  projectMembers,
  ...Object.fromEntries(ENTRY_KINDS.map((kind) => [KINDS[kind].area, ENTRY_STORES[kind]])),
  selfAssessments,
} as Record<Section, SectionStore<unknown>>;

export { ENTRY_STORES };
