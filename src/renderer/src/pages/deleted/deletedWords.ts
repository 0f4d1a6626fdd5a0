import type { DeletedEntry } from '../../../../shared/entities/deleted';
import { RECORDS, type RecordKind } from '../../../../shared/kinds';
import { formatDay } from '../../format';

/**
 * What goes with an entry deleted for ever besides the entry itself, as the confirmation says it.
 * A new kind says what it takes with it (the compiler asks), even if nothing.
 */
const GOES_WITH: { readonly [K in RecordKind]: string } = {
  feedback: 'Its exchange in Give & take goes with it.',
  lesson: 'Its practice items and its exchanges in Give & take go with it.',
  help: '',
  request: '',
  selfAssessment: 'Its answers go with it.',
};

/** The line that names a deleted entry: its own title, else the start of its words, else its kind. */
export const deletedTitle = (entry: DeletedEntry): string => entry.title || entry.summary || RECORDS[entry.kind].labels.one;

/** "with Sam, 3 Mar 2026": whose entry and which day (only the day for a record with no person). */
export const deletedWith = (entry: DeletedEntry): string =>
  entry.collaboratorName === null ? formatDay(entry.date) : `with ${entry.collaboratorName}, ${formatDay(entry.date)}`;

/** "Feedback with Sam, 3 Mar 2026": what the entry was, in a sentence. */
export const deletedWhat = (entry: DeletedEntry): string => `${RECORDS[entry.kind].labels.one} ${entry.collaboratorName === null ? 'of ' : ''}${deletedWith(entry)}`;

/** Everything that goes for good, for the confirmation's text. */
export function foreverText(entry: DeletedEntry): string {
  const goesWith = GOES_WITH[entry.kind];
  return `${goesWith ? `${goesWith} ` : ''}This cannot be undone; Restore brings it back instead.`;
}
