import { z } from 'zod';
import { countsByKind, ENTRY_KINDS, EntryKind } from '../kinds/entryKind';
import { Id, IsoDate, Timestamp } from './common';
import { FeedbackStatus } from './feedback';
import { RequestOutcome } from './request';

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

export const TimelineEntry = z.object({
  type: TimelineType,
  id: Id,
  date: IsoDate,
  createdAt: Timestamp,
  /** E.g. "Critique received", "Lesson taken · 60 min", "Growth received", "You asked". */
  title: z.string(),
  /** The entry's own words, shortened to one line. */
  summary: z.string(),
  /** Secondary facts: piece and anchor, confidence, weight and who initiated; may be ''. */
  detail: z.string(),
  direction: TimelineDirection,
  /** Feedback status or request outcome; null for lessons and help. */
  status: z.union([FeedbackStatus, RequestOutcome]).nullable(),
  statusLabel: z.string().nullable(),
  collaboratorId: Id,
  collaboratorName: z.string(),
  projectId: Id.nullable(),
  projectTitle: z.string().nullable(),
  href: z.string(),
});
export type TimelineEntry = z.infer<typeof TimelineEntry>;

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
