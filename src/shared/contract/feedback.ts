import { z } from 'zod';
import { Id, IdInput } from '../entities/common';
import { Direction } from '../entities/exchange';
import {
  Feedback,
  FeedbackFields,
  FeedbackKind,
  FeedbackPatch,
  FeedbackStatus,
  FeedbackStatusChange,
} from '../entities/feedback';
import { listInput, pageOf } from '../entities/paging';
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
  'feedback.get': query(IdInput, Feedback),
  'feedback.create': command(FeedbackFields, Feedback),
  'feedback.update': command(FeedbackPatch, Feedback),
  'feedback.setStatus': command(FeedbackStatusChange, Feedback),
  /** Soft delete: the entry and its exchange leave every list and sum until restored. */
  'feedback.delete': command(IdInput, Feedback),
  'feedback.restore': command(IdInput, Feedback),
};
