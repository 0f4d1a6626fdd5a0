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
  /** The user's local day: the default for "when". */
  today: string;
  /** The latest day an event may carry. */
  latest: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The calendar day of a timestamp on this machine's clock, which is the user's. */
export function localDay(at: string): string {
  const date = new Date(at);
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * ctx.today is the UTC day; the user lives in local time. "Today" is the local day, and
 * either may be logged, so someone ahead of UTC can log this morning and someone behind it
 * tonight's lesson without being told it is in the future.
 */
export function calendarOf(ctx: Pick<ApiContext, 'at' | 'today'>): Calendar {
  const today = localDay(ctx.at);
  return { today, latest: today > ctx.today ? today : ctx.today };
}

export const laterOf = (a: string, b: string): string => (a > b ? a : b);

/** A validation error tied to one input field, so a form can show it in place. */
export function invalid(path: string, message: string): ApiError {
  return new ApiError('VALIDATION', message, { issues: [{ path, message }] });
}

export function notInFuture(calendar: Calendar, date: string, path: string, what = 'The date'): void {
  if (date > calendar.latest) throw invalid(path, `${what} cannot be in the future`);
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
