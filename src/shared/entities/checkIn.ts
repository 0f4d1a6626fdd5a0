import { z } from 'zod';
import { CollaboratorKind } from './collaborator';
import { Id, IsoDate } from './common';
import { text } from './text';

/**
 * Check-ins: how often the user means to be in touch with a collaborator (person or group), and
 * who is due. The due-date arithmetic is src/shared/checkIn.ts; the list is built in
 * src/main/db/checkInRepository.ts.
 */

export const CHECK_IN_UNITS = ['days', 'weeks', 'months'] as const;
export const CheckInUnit = z.enum(CHECK_IN_UNITS, { message: 'Choose days, weeks or months' });
export type CheckInUnit = z.infer<typeof CheckInUnit>;

/** The longest cadence in each unit: five years. Anything longer is a typo, not a plan. */
export const MAX_CHECK_IN: Record<CheckInUnit, number> = { days: 1826, weeks: 260, months: 60 };

export const CHECK_IN_UNIT_LABEL: Record<CheckInUnit, { one: string; many: string }> = {
  days: { one: 'day', many: 'days' },
  weeks: { one: 'week', many: 'weeks' },
  months: { one: 'month', many: 'months' },
};

export const Cadence = z
  .strictObject({
    every: z
      .number({ message: 'Enter how many days, weeks or months' })
      .int({ message: 'Use a whole number' })
      .min(1, { message: 'Check in at least every 1 day, week or month' }),
    unit: CheckInUnit,
  })
  .superRefine(({ every, unit }, ctx) => {
    if (every > MAX_CHECK_IN[unit]) {
      ctx.addIssue({
        code: 'custom',
        path: ['every'],
        message: `That is more than five years: at most ${MAX_CHECK_IN[unit]} ${CHECK_IN_UNIT_LABEL[unit].many}`,
      });
    }
  });
export type Cadence = z.infer<typeof Cadence>;

/** Where a collaborator stands: their cadence (null: never), snooze, last contact and the day they are due. */
export const CheckInState = z.object({
  cadence: Cadence.nullable(),
  snoozedUntil: IsoDate.nullable(),
  /** The latest live entry of any kind with them; null when there is none. */
  lastContact: IsoDate.nullable(),
  /** Null without a cadence, and for archived collaborators (they are never due). */
  dueDate: IsoDate.nullable(),
});
export type CheckInState = z.infer<typeof CheckInState>;

/** Why someone is on the due list: a cadence the user set, or a pattern the engine found. */
export const CheckInSource = z.enum(['cadence', 'finding']);
export type CheckInSource = z.infer<typeof CheckInSource>;

export const CheckInDue = z.object({
  collaboratorId: z.string(),
  collaboratorName: z.string(),
  kind: CollaboratorKind,
  source: CheckInSource,
  dueDate: IsoDate,
  lastContact: IsoDate.nullable(),
  /** Null for a check-in offered from a finding without a cadence. */
  cadence: Cadence.nullable(),
  /** Days past the due date: positive when overdue, 0 when due today, negative when due later this week. */
  overdueDays: z.number().int(),
  /** One sentence: "Last contact 9 weeks ago; you asked for every 6 weeks." */
  reason: z.string(),
});
export type CheckInDue = z.infer<typeof CheckInDue>;

/** The finding's words, as the report gave them: a sentence, not a page. */
const offerReason = text('Give the reason in words').min(1, { message: 'Give the reason in words' }).max(1000, { message: 'Keep the reason under 1000 characters' });

/**
 * A check-in a pattern report offers (shared/checkInOffers.ts): one person (going it alone), or
 * the people on an active project (a stretch with no input that runs to today).
 */
export const CheckInOffer = z.union([
  z.strictObject({ collaboratorId: Id, reason: offerReason }),
  z.strictObject({ projectId: Id, reason: offerReason }),
]);
export type CheckInOffer = z.infer<typeof CheckInOffer>;
