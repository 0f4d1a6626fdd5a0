import type Database from 'better-sqlite3';
import type { EntryKind, Kinds } from '../../shared/kinds';
import { findCollaborator } from '../db/collaboratorRepository';
import { decodeCursor, type PageRequest } from '../db/listQuery';
import { findProject } from '../db/projectRepository';
import { ApiError, type ApiContext } from './context';

/**
 * Checks shared by the log's handlers (feedback, lessons, help, requests, timelines):
 * the user's calendar, the opening of a create and what an edit checks again, references to
 * people and projects, paging input.
 */

/** The calendar a write is judged against. */
export interface Calendar {
  /** The user's local day (ctx.today): the default for "when", and the latest day an event may carry. */
  today: string;
}

export function calendarOf(ctx: Pick<ApiContext, 'today'>): Calendar {
  return { today: ctx.today };
}

export const laterOf = (a: string, b: string): string => (a > b ? a : b);

/** A validation error tied to one input field, so a form can show it in place. */
export function invalid(path: string, message: string): ApiError {
  return new ApiError('VALIDATION', message, { issues: [{ path, message }] });
}

export function notInFuture(calendar: Calendar, date: string, path: string, what = 'The date'): void {
  if (date > calendar.today) throw invalid(path, `${what} cannot be in the future`);
}

export function requireCollaboratorRef(db: Database.Database, id: string, path = 'collaboratorId'): void {
  if (!findCollaborator(db, id)) {
    const message = 'That person was not found. They may have been removed.';
    throw new ApiError('NOT_FOUND', message, { issues: [{ path, message }] });
  }
}

export function requireProjectRef(db: Database.Database, id: string | null, path = 'projectId'): void {
  if (id !== null && !findProject(db, id)) {
    const message = 'That project was not found. It may have been removed.';
    throw new ApiError('NOT_FOUND', message, { issues: [{ path, message }] });
  }
}

type DateField = Kinds[EntryKind]['dateField'];

/** What each kind's day is called in a message: "The date asked cannot be in the future". */
const DAY_NAMES: Record<DateField, string> = { date: 'The date', dateAsked: 'The date asked' };

interface References {
  collaboratorId: string;
  projectId: string | null;
}

/**
 * The opening every create shares: the entry's day (today unless given), not in the future, and
 * its person and project still there. Returns the day.
 */
export function openingOf<F extends DateField>(
  ctx: Pick<ApiContext, 'db' | 'today'>,
  fields: References & { [K in F]?: string | undefined },
  dateField: F,
): string {
  const day = fields[dateField] ?? ctx.today;
  notInFuture(calendarOf(ctx), day, dateField, DAY_NAMES[dateField]);
  requireCollaboratorRef(ctx.db, fields.collaboratorId);
  requireProjectRef(ctx.db, fields.projectId);
  return day;
}

/**
 * What an edit checks again of the fields it changes: the day not in the future (then the kind's
 * own rule for a new day, if any), the person and the project still there.
 */
export function checkEdit<F extends DateField>(
  ctx: Pick<ApiContext, 'db' | 'today'>,
  patch: Partial<References> & { [K in F]?: string | undefined },
  next: References & { [K in F]: string },
  dateField: F,
  onNewDay?: (day: string) => void,
): void {
  if (patch[dateField] !== undefined) {
    notInFuture(calendarOf(ctx), next[dateField], dateField, DAY_NAMES[dateField]);
    onNewDay?.(next[dateField]);
  }
  if (patch.collaboratorId !== undefined) requireCollaboratorRef(ctx.db, next.collaboratorId);
  if (patch.projectId !== undefined) requireProjectRef(ctx.db, next.projectId);
}

/** Changing an entry that sits in the bin would edit something the user cannot see. */
export function refuseDeleted(entry: { deletedAt: string | null }, what: string): void {
  if (entry.deletedAt !== null) {
    throw new ApiError('CONFLICT', `${what} is deleted. Restore it before changing it.`);
  }
}

export function pageRequest(input: { limit: number; cursor?: string | undefined; offset?: number | undefined }): PageRequest {
  if (input.cursor === undefined) return { limit: input.limit, offset: input.offset };
  const after = decodeCursor(input.cursor);
  if (!after) throw invalid('cursor', 'This list has moved on since it was loaded; reload it to continue.');
  return { limit: input.limit, after };
}
