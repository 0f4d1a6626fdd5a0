import { z } from 'zod';
import { RecordKind } from '../kinds/recordKind';
import { Id, IsoDate, Timestamp } from './common';
import { PageCursor, PageLimit, pageOf } from './paging';

/**
 * One record in the bin, whatever its kind, as "Recently deleted" lists it: what it was (its kind,
 * person, project and day, and its own words) and when it was deleted.
 */
export const DeletedEntry = z.object({
  kind: RecordKind,
  id: Id,
  /** The entry's day (a request's day asked; a self-assessment's day completed or started). */
  date: IsoDate,
  deletedAt: Timestamp,
  /** Null for a record with no person (a self-assessment). */
  collaboratorId: Id.nullable(),
  collaboratorName: z.string().nullable(),
  projectId: Id.nullable(),
  projectTitle: z.string().nullable(),
  /** What names it, on one line: a feedback's piece, a lesson's topics, what was asked; '' for help. */
  title: z.string(),
  /** The rest of its words on one line: the feedback, the takeaways, the note. */
  summary: z.string(),
});
export type DeletedEntry = z.infer<typeof DeletedEntry>;

export const DeletedListInput = z.strictObject({
  limit: PageLimit,
  /** The nextCursor of the page before. */
  cursor: PageCursor,
});

/** Newest deletion first; `total` counts every entry in the bin. */
export const DeletedPage = pageOf(DeletedEntry);
export type DeletedPage = z.infer<typeof DeletedPage>;
