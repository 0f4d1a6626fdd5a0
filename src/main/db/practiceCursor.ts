import { z } from 'zod';
import { packCursor, unpackCursor } from './listQuery';

/**
 * The practice list's order and its cursor (practiceRepository.ts listPractice reads the list):
 * up to four segments, each read from an index in its own order, and the key of an item in it.
 */

/** One run of the list's order: items that are open or done, with or without a due date. */
export interface PracticeSegment {
  done: boolean;
  dated: boolean;
}

export const PRACTICE_SEGMENTS: readonly PracticeSegment[] = [
  { done: false, dated: true },
  { done: false, dated: false },
  { done: true, dated: true },
  { done: true, dated: false },
];

/**
 * Where the next page starts: strictly after this item in the list's order. The order is total:
 * its segment, the due date (dated segments), the lesson's date, created_at and id, then the
 * item's position and id.
 */
export interface PracticeKeyset {
  segment: number;
  dueDate: string | null;
  lessonDate: string;
  lessonCreatedAt: string;
  lessonId: string;
  position: number;
  id: string;
}

const PracticeCursor = z.tuple([
  z.number().int().min(0).max(PRACTICE_SEGMENTS.length - 1),
  z.string().nullable(),
  z.string(),
  z.string(),
  z.string(),
  z.number().int(),
  z.string(),
]);

export function encodePracticeCursor(key: PracticeKeyset): string {
  const { segment, dueDate, lessonDate, lessonCreatedAt, lessonId, position, id } = key;
  return packCursor([segment, dueDate, lessonDate, lessonCreatedAt, lessonId, position, id]);
}

/** The keyset in a cursor, or undefined when the text is not one of ours (a dated segment's key has its due date). */
export function decodePracticeCursor(cursor: string): PracticeKeyset | undefined {
  const parsed = PracticeCursor.safeParse(unpackCursor(cursor));
  if (!parsed.success) return undefined;
  const [segment, dueDate, lessonDate, lessonCreatedAt, lessonId, position, id] = parsed.data;
  if ((PRACTICE_SEGMENTS[segment]?.dated ?? false) !== (dueDate !== null)) return undefined;
  return { segment, dueDate, lessonDate, lessonCreatedAt, lessonId, position, id };
}
