import { z } from 'zod';
import { Id, IsoDate, Timestamp, optionalText, trimmed } from './common';

export const AskedBy = z.enum(['me', 'them'], { message: 'Choose who asked: me or them' });
export type AskedBy = z.infer<typeof AskedBy>;

export const NeedOutcome = z.enum(['pending', 'met', 'partly-met', 'declined', 'ignored'], {
  message: 'Choose pending, met, partly met, declined or ignored',
});
export type NeedOutcome = z.infer<typeof NeedOutcome>;
export const NEED_OUTCOMES = NeedOutcome.options;

export const ASKED_BY_LABELS: Record<AskedBy, string> = { me: 'I asked', them: 'They asked' };
export const NEED_OUTCOME_LABELS: Record<NeedOutcome, string> = {
  pending: 'Pending',
  met: 'Met',
  'partly-met': 'Partly met',
  declined: 'Declined',
  ignored: 'Ignored',
};

export const Need = z.object({
  id: Id,
  askedBy: AskedBy,
  collaboratorId: Id,
  collaboratorName: z.string(),
  projectId: Id.nullable(),
  projectTitle: z.string().nullable(),
  what: z.string(),
  dateAsked: IsoDate,
  outcome: NeedOutcome,
  /** Null exactly while pending. */
  dateResolved: IsoDate.nullable(),
  note: z.string(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  deletedAt: Timestamp.nullable(),
});
export type Need = z.infer<typeof Need>;

const needShape = {
  askedBy: AskedBy,
  collaboratorId: Id,
  projectId: Id.nullable(),
  what: trimmed('What was asked', 2000),
  dateAsked: IsoDate,
  outcome: NeedOutcome,
  /** Defaults to today when the outcome is settled; cleared when pending. */
  dateResolved: IsoDate.nullable(),
  note: optionalText('The note', 5000),
};

/** A new request. `dateAsked` defaults to today, the outcome to pending. */
export const NeedFields = z.strictObject({
  ...needShape,
  projectId: needShape.projectId.default(null),
  dateAsked: needShape.dateAsked.optional(),
  outcome: needShape.outcome.default('pending'),
  dateResolved: needShape.dateResolved.optional(),
  note: needShape.note.default(''),
});
export type NeedFields = z.infer<typeof NeedFields>;

export const NeedPatch = z.strictObject({ id: Id, ...needShape }).partial().required({ id: true });
export type NeedPatch = z.infer<typeof NeedPatch>;
