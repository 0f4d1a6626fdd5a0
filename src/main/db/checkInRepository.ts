import type Database from 'better-sqlite3';
import { cadenceReason, checkInDueDate, daysBetween } from '../../shared/checkIn';
import type { Cadence, CheckInDue, CheckInState, CheckInUnit } from '../../shared/entities/checkIn';
import type { CollaboratorKind } from '../../shared/entities/collaborator';
import { ENTRY_KINDS, KINDS, type EntryKind } from '../../shared/kinds';
import { statement } from './statements';

/**
 * Check-ins: a collaborator's cadence and snooze (columns on collaborators, migration 0007) and
 * the due list. Last contact is read from the live entries every time, never stored, so an
 * edit, a delete, a restore or a back-dated entry moves the due date with no bookkeeping; each
 * kind's branch is one seek on its (collaborator_id, date, …) index of live rows.
 */

const column = (field: string) => field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

/** Entries that did not happen are no contact: a planned or cancelled lesson (migration 0008) is not one. */
const HAPPENED: Partial<Record<EntryKind, string>> = { lesson: " AND status = 'held'" };

/** The latest day of one kind's live entries with the collaborator c; help shares the ledger with derived rows. */
const latestOf = (kind: EntryKind) => {
  const { table, dateField, ledger } = KINDS[kind];
  const own = ledger === 'direct' ? ` AND source = '${kind}'` : '';
  return `SELECT max(${column(dateField)}) AS day FROM ${table} WHERE collaborator_id = c.id AND deleted_at IS NULL${own}${HAPPENED[kind] ?? ''}`;
};

const LAST_CONTACT = `(SELECT max(day) FROM (${ENTRY_KINDS.map(latestOf).join(' UNION ALL ')}))`;

interface CheckInRow {
  id: string;
  name: string;
  kind: CollaboratorKind;
  archived_at: string | null;
  check_in_every: number | null;
  check_in_unit: CheckInUnit | null;
  check_in_snoozed_until: string | null;
  last_contact: string | null;
}

const SELECT = `
  SELECT c.id, c.name, c.kind, c.archived_at, c.check_in_every, c.check_in_unit, c.check_in_snoozed_until,
         ${LAST_CONTACT} AS last_contact
  FROM collaborators c`;

const cadenceOf = (row: CheckInRow): Cadence | null =>
  row.check_in_every === null || row.check_in_unit === null ? null : { every: row.check_in_every, unit: row.check_in_unit };

/** The latest live entry of any kind with the collaborator, or null. */
export function lastContactOf(db: Database.Database, collaboratorId: string): string | null {
  const row = statement(db, `${SELECT} WHERE c.id = ?`).get(collaboratorId) as CheckInRow | undefined;
  return row?.last_contact ?? null;
}

/** Undefined for an unknown collaborator. */
export function checkInStateOf(db: Database.Database, collaboratorId: string, today: string): CheckInState | undefined {
  const row = statement(db, `${SELECT} WHERE c.id = ?`).get(collaboratorId) as CheckInRow | undefined;
  if (!row) return undefined;
  const cadence = cadenceOf(row);
  const snoozedUntil = row.check_in_snoozed_until;
  return {
    cadence,
    snoozedUntil,
    lastContact: row.last_contact,
    dueDate:
      cadence === null || row.archived_at !== null
        ? null
        : checkInDueDate({ cadence, lastContact: row.last_contact, snoozedUntil, today }),
  };
}

export function setCheckInCadence(db: Database.Database, collaboratorId: string, cadence: Cadence | null, at: string): void {
  statement(db, 'UPDATE collaborators SET check_in_every = ?, check_in_unit = ?, updated_at = ? WHERE id = ?').run(
    cadence?.every ?? null,
    cadence?.unit ?? null,
    at,
    collaboratorId,
  );
}

export function setCheckInSnooze(db: Database.Database, collaboratorId: string, until: string | null, at: string): void {
  statement(db, 'UPDATE collaborators SET check_in_snoozed_until = ?, updated_at = ? WHERE id = ?').run(until, at, collaboratorId);
}

/** A check-in a finding offers one person (shared/checkInOffers.ts, a project's offer spread to its people), with the finding's words. */
export interface PersonOffer {
  collaboratorId: string;
  reason: string;
}

export interface DueOptions {
  /** How many days after today still count as due: 6 is "this week", 0 is due today or overdue. */
  within?: number;
  offers?: readonly PersonOffer[];
}

/**
 * Who is due for a check-in by today + `within`: each live collaborator with a cadence whose due
 * day has come, and the live collaborators a finding offers (due today, the finding as the
 * reason) unless a snooze holds them. Archived collaborators are never due. Most overdue first,
 * then by name.
 */
export function checkInsDue(db: Database.Database, today: string, { within = 6, offers = [] }: DueOptions = {}): CheckInDue[] {
  const rows = statement(
    db,
    `${SELECT} WHERE c.archived_at IS NULL AND (c.check_in_every IS NOT NULL OR c.id IN (SELECT value FROM json_each(?)))`,
  ).all(JSON.stringify(offers.map((offer) => offer.collaboratorId))) as CheckInRow[];
  const offered = new Map<string, string>();
  for (const offer of offers) if (!offered.has(offer.collaboratorId)) offered.set(offer.collaboratorId, offer.reason);

  const due: CheckInDue[] = [];
  for (const row of rows) {
    const cadence = cadenceOf(row);
    const snoozedUntil = row.check_in_snoozed_until;
    const person = { collaboratorId: row.id, collaboratorName: row.name, kind: row.kind, lastContact: row.last_contact, cadence };
    const dueDate = cadence && checkInDueDate({ cadence, lastContact: row.last_contact, snoozedUntil, today });
    const overdueDays = dueDate ? daysBetween(dueDate, today) : 0;
    const offer = offered.get(row.id);
    if (cadence && dueDate && overdueDays >= -within) {
      due.push({ ...person, source: 'cadence', dueDate, overdueDays, reason: cadenceReason(cadence, row.last_contact, today) });
    } else if (offer !== undefined && !(snoozedUntil !== null && snoozedUntil > today)) {
      due.push({ ...person, source: 'finding', dueDate: today, overdueDays: 0, reason: offer });
    }
  }
  return due.sort(
    (a, b) => b.overdueDays - a.overdueDays || a.collaboratorName.localeCompare(b.collaboratorName) || a.collaboratorId.localeCompare(b.collaboratorId),
  );
}
