import { z } from 'zod';
import { Id } from '../entities/common';
import { Direction } from '../entities/exchange';
import { Feedback, FeedbackKind, FeedbackStatus, FeedbackStatusChange } from '../entities/feedback';
import { listInput, pageOf } from '../entities/paging';
import { KINDS } from '../kinds';
import { entryMethods } from './entryMethods';
import { command, query } from './method';

export const FeedbackListInput = listInput({
  direction: Direction.optional(),
  status: FeedbackStatus.optional(),
  kind: FeedbackKind.optional(),
  collaboratorId: Id.optional(),
  projectId: Id.optional(),
  /** Deleted entries are left out unless asked for (a "recently deleted" view). */
  includeDeleted: z.boolean().default(false),
});

export const feedbackMethods = {
  'feedback.list': query(FeedbackListInput, pageOf(Feedback)),
  ...entryMethods(KINDS.feedback),
  'feedback.setStatus': command(FeedbackStatusChange, Feedback),
};
