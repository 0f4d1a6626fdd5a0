import { z } from 'zod';
import { Id, IsoDate, Timestamp } from './common';
import { Text, optionalText, requiredText } from './text';

export const AskedBy = z.enum(['me', 'them'], { message: 'Choose who asked: me or them' });
export type AskedBy = z.infer<typeof AskedBy>;

export const RequestOutcome = z.enum(['pending', 'met', 'partly-met', 'declined', 'ignored'], {
  message: 'Choose pending, met, partly met, declined or ignored',
});
export type RequestOutcome = z.infer<typeof RequestOutcome>;
export const REQUEST_OUTCOMES = RequestOutcome.options;

export const ASKED_BY_LABELS: Record<AskedBy, string> = { me: 'I asked', them: 'They asked' };
export const REQUEST_OUTCOME_LABELS: Record<RequestOutcome, string> = {
  pending: 'Pending',
  met: 'Met',
  'partly-met': 'Partly met',
  declined: 'Declined',
  ignored: 'Ignored',
};

export const Request = z.object({
  id: Id,
  askedBy: AskedBy,
  collaboratorId: Id,
  collaboratorName: z.string(),
  projectId: Id.nullable(),
  projectTitle: z.string().nullable(),
  what: Text,
  dateAsked: IsoDate,
  outcome: RequestOutcome,
  /** Null exactly while pending. */
  dateResolved: IsoDate.nullable(),
  note: Text,
  createdAt: Timestamp,
  updatedAt: Timestamp,
  deletedAt: Timestamp.nullable(),
});
export type Request = z.infer<typeof Request>;

const requestShape = {
  askedBy: AskedBy,
  collaboratorId: Id,
  projectId: Id.nullable(),
  what: requiredText('What was asked', 2000, 'paragraphs'),
  dateAsked: IsoDate,
  outcome: RequestOutcome,
  /** Defaults to today when the outcome is settled; cleared when pending. */
  dateResolved: IsoDate.nullable(),
  note: optionalText('The note', 5000, 'paragraphs'),
};

/** A new request. `dateAsked` defaults to today, the outcome to pending. */
export const RequestFields = z.strictObject({
  ...requestShape,
  projectId: requestShape.projectId.default(null),
  dateAsked: requestShape.dateAsked.optional(),
  outcome: requestShape.outcome.default('pending'),
  dateResolved: requestShape.dateResolved.optional(),
  note: requestShape.note.default(''),
});
export type RequestFields = z.infer<typeof RequestFields>;

export const RequestPatch = z.strictObject({ id: Id, ...requestShape }).partial().required({ id: true });
export type RequestPatch = z.infer<typeof RequestPatch>;
