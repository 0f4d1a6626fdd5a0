import { z } from 'zod';
import { Id } from '../entities/common';
import { Text } from '../entities/text';
import { Direction } from '../entities/exchange';
import { PAGE_LIMIT_MAX } from '../entities/paging';
import { TimelinePage, TimelineType } from '../entities/timeline';
import { query } from './method';

const timelineOptions = {
  /** Which kinds of entry to show; all when absent. */
  types: z
    .array(TimelineType)
    .min(1, { message: 'Choose at least one kind of entry' })
    .refine((types) => new Set(types).size === types.length, { message: 'Each kind can be chosen once' })
    .optional(),
  direction: Direction.optional(),
  limit: z
    .number()
    .int({ message: 'The page size must be a whole number' })
    .min(1, { message: 'The page size must be at least 1' })
    .max(PAGE_LIMIT_MAX, { message: `Ask for at most ${PAGE_LIMIT_MAX} entries at a time` })
    .default(50),
  /** The nextCursor of the page before. */
  cursor: Text.min(1).max(400).optional(),
};

export const timelineMethods = {
  'timeline.forCollaborator': query(z.strictObject({ collaboratorId: Id, ...timelineOptions }), TimelinePage),
  'timeline.forProject': query(z.strictObject({ projectId: Id, ...timelineOptions }), TimelinePage),
};
