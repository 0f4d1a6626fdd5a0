import type Database from 'better-sqlite3';
import { findCollaborator } from '../db/collaboratorRepository';
import { decodeCursor, type PageRequest } from '../db/listQuery';
import { findProject } from '../db/projectRepository';
import { ApiError, type ApiContext } from './context';

/**
 * Checks shared by the log's handlers (feedback, lessons, exchanges, needs, timelines):
 * the user's calendar, references to people and projects, paging input.
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
