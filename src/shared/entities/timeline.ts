import { z } from 'zod';
import { countsByKind, ENTRY_KINDS, EntryKind } from '../kinds/entryKind';
import { Id, IsoDate, Timestamp } from './common';
import { Benefit, Direction, Initiator, Weight } from './exchange';
import { Anchor, FeedbackKind, FeedbackStatus } from './feedback';
import { LessonRole } from './lesson';
import { AskedBy, RequestOutcome } from './request';

/** The kinds of entry a timeline interleaves: every kind in the registry, under the same names evidence uses. */
export const TimelineType = EntryKind;
export type TimelineType = EntryKind;
export const TIMELINE_TYPES = ENTRY_KINDS;

/**
 * From the user's side: feedback and help by their direction; a lesson taught is given, a lesson
 * taken received, a peers' swap mutual; a request the user made is received (their need), one
 * made of the user given.
 */
export const TimelineDirection = z.enum(['given', 'received', 'mutual']);
export type TimelineDirection = z.infer<typeof TimelineDirection>;

/** What every row of a timeline carries, whatever its kind. */
const timelineRow = {
  id: Id,
  date: IsoDate,
  createdAt: Timestamp,
  /** The entry's own words on one line: the feedback, the lesson's topics, the help's note, what was asked. */
  summary: z.string(),
  collaboratorId: Id,
  collaboratorName: z.string(),
  projectId: Id.nullable(),
  projectTitle: z.string().nullable(),
  href: z.string(),
};

/**
 * One row of a timeline: the facts of its entry, by kind. The renderer words them
 * (components/timeline/timelineWords.ts); nothing here is a sentence.
 */
export const TimelineEntry = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('feedback'),
    ...timelineRow,
    direction: Direction,
    kind: FeedbackKind,
    status: FeedbackStatus,
    piece: z.string(),
    anchor: Anchor,
  }),
  z.object({
    type: z.literal('lesson'),
    ...timelineRow,
    direction: TimelineDirection,
    userRole: LessonRole,
    durationMin: z.number().int(),
    confidence: z.number().int().nullable(),
  }),
  z.object({
    type: z.literal('help'),
    ...timelineRow,
    direction: Direction,
    benefit: Benefit,
    weight: Weight,
    initiatedBy: Initiator,
  }),
  z.object({
    type: z.literal('request'),
    ...timelineRow,
    direction: Direction,
    askedBy: AskedBy,
    outcome: RequestOutcome,
    dateResolved: IsoDate.nullable(),
    /** The start of the note (up to 400 characters), '' when there is none. */
    note: z.string(),
  }),
]);
export type TimelineEntry = z.infer<typeof TimelineEntry>;
export type TimelineEntryOf<K extends TimelineType> = Extract<TimelineEntry, { type: K }>;

export const TimelineCounts = countsByKind();
export type TimelineCounts = z.infer<typeof TimelineCounts>;

export const TimelinePage = z.object({
  /** Newest first. */
  items: z.array(TimelineEntry),
  /** Pass back as `cursor` for the next page; null on the last page. */
  nextCursor: z.string().nullable(),
  /** Entries of each type in this timeline, under the direction filter but regardless of `types`. */
  counts: TimelineCounts,
});
export type TimelinePage = z.infer<typeof TimelinePage>;

/** The text on one line: whitespace collapsed, cut at a word boundary near `max` with an ellipsis. */
export function oneLine(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
