import { z } from 'zod';
import { RecordKind } from '../kinds/recordKind';
import { Id, IsoDate, Timestamp } from './common';
import { PAGE_LIMIT_MAX, pageOf } from './paging';
import { Text } from './text';

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
  limit: z
    .number()
    .int({ message: 'The page size must be a whole number' })
    .min(1, { message: 'The page size must be at least 1' })
    .max(PAGE_LIMIT_MAX, { message: `Ask for at most ${PAGE_LIMIT_MAX} entries at a time` })
    .default(50),
  /** The nextCursor of the page before. */
  cursor: Text.min(1).max(400).optional(),
});

/** Newest deletion first; `total` counts every entry in the bin. */
export const DeletedPage = pageOf(DeletedEntry);
export type DeletedPage = z.infer<typeof DeletedPage>;
