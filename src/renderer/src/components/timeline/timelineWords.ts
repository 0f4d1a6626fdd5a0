/**
 * The timeline's words: each kind's row worded from the facts the API sends — a title that names
 * the entry (and links to it) and a line of secondary facts. One function per kind of entry, so a
 * kind without words is a compile error.
 */
import { BENEFIT_LABELS, INITIATOR_LABELS, WEIGHT_LABELS, type Direction } from '../../../../shared/entities/exchange';
import { FEEDBACK_KIND_LABELS, formatAnchor } from '../../../../shared/entities/feedback';
import type { LessonRole } from '../../../../shared/entities/lesson';
import { oneLine, type TimelineEntry, type TimelineEntryOf } from '../../../../shared/entities/timeline';
import type { EntryKind } from '../../../../shared/kinds';
import { formatDay } from '../../format';

export interface TimelineWords {
  /** "Critique received", "Lesson taken · 60 min", "Growth received", "You asked". */
  title: string;
  /** Piece and anchor, confidence, weight and who initiated, when resolved and the note; may be ''. */
  detail: string;
}

const DIRECTION_WORDS: Record<Direction, string> = { given: 'given', received: 'received' };

const LESSON_TITLES: Record<LessonRole, string> = {
  learner: 'Lesson taken',
  teacher: 'Lesson given',
  peers: 'Skill swap',
};

const joined = (parts: readonly string[]): string => parts.filter(Boolean).join(' · ');

export const TIMELINE_WORDS: { [K in EntryKind]: (entry: TimelineEntryOf<K>) => TimelineWords } = {
  feedback: (entry) => ({
    title: `${FEEDBACK_KIND_LABELS[entry.kind]} ${DIRECTION_WORDS[entry.direction]}`,
    detail: joined([entry.piece, formatAnchor(entry.anchor)]),
  }),
  lesson: (entry) => ({
    title: `${LESSON_TITLES[entry.userRole]} · ${entry.durationMin} min`,
    detail: entry.confidence === null ? '' : `Confident to do it alone: ${entry.confidence} of 5`,
  }),
  help: (entry) => ({
    title: `${BENEFIT_LABELS[entry.benefit]} ${DIRECTION_WORDS[entry.direction]}`,
    detail: `${WEIGHT_LABELS[entry.weight]} · ${INITIATOR_LABELS[entry.initiatedBy]}`,
  }),
  request: (entry) => ({
    title: entry.askedBy === 'me' ? 'You asked' : 'They asked you',
    detail: joined([entry.dateResolved === null ? '' : `Resolved ${formatDay(entry.dateResolved)}`, oneLine(entry.note, 80)]),
  }),
};

export function timelineWords(entry: TimelineEntry): TimelineWords {
  // Each kind's function takes that kind's entry; an index by entry.type cannot narrow the union for the compiler.
  return (TIMELINE_WORDS[entry.type] as (entry: TimelineEntry) => TimelineWords)(entry);
}
