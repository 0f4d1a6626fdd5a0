import { z } from 'zod';
import { checkTimeRange, formatTimeAnchor, looksLikeTime, parseTimeRange } from '../timeAnchor';
import { Id, IsoDate, Timestamp } from './common';
import { Text, optionalText, requiredText } from './text';
import { Benefit, Direction, Weight } from './exchange';

export const FeedbackKind = z.enum(['technical', 'critique', 'encouragement', 'perspective'], {
  message: 'Choose technical, critique, encouragement or perspective',
});
export type FeedbackKind = z.infer<typeof FeedbackKind>;
export const FEEDBACK_KINDS = FeedbackKind.options;

export const FeedbackStatus = z.enum(['open', 'applied', 'partly-applied', 'declined', 'discussed'], {
  message: 'Choose open, applied, partly applied, declined or discussed',
});
export type FeedbackStatus = z.infer<typeof FeedbackStatus>;
export const FEEDBACK_STATUSES = FeedbackStatus.options;

export const FEEDBACK_KIND_LABELS: Record<FeedbackKind, string> = {
  technical: 'Technical',
  critique: 'Critique',
  encouragement: 'Encouragement',
  perspective: 'Perspective / idea',
};
export const FEEDBACK_STATUS_LABELS: Record<FeedbackStatus, string> = {
  open: 'Open',
  applied: 'Applied',
  'partly-applied': 'Partly applied',
  declined: 'Declined',
  discussed: 'Discussed',
};

export const DECLINE_REASON_MESSAGE = 'A declined entry needs a reason';

/** Where in the work the feedback points: nowhere, a time (range) in a track, or free text ("bar 32"). */
export const Anchor = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('none') }),
  z.object({ kind: z.literal('time'), startSec: z.number().int(), endSec: z.number().int().nullable() }),
  z.object({ kind: z.literal('text'), text: Text }),
]);
export type Anchor = z.infer<typeof Anchor>;

export const NO_ANCHOR: Anchor = { kind: 'none' };
export const ANCHOR_TEXT_MAX = 200;

/** "" for none, "1:23–1:40" for a time range, the text itself otherwise. */
export function formatAnchor(anchor: Anchor): string {
  if (anchor.kind === 'time') return formatTimeAnchor(anchor.startSec, anchor.endSec);
  return anchor.kind === 'text' ? anchor.text : '';
}

// A refine rather than .int(): zod reports a failed .int() as a type mismatch, which would
// hide this message behind the union's generic one.
const Seconds = z
  .number({ message: 'Times are given in seconds' })
  .min(0, { message: 'Times cannot be negative' })
  .refine(Number.isInteger, { message: 'Times are whole seconds' });

/**
 * What a form sends as the anchor: one text field ("1:23–1:40", "1:02:03-1:02:40", "bar 32",
 * "" or null for none) or seconds. Text that looks like a time must be a valid one.
 */
export const AnchorInput = z
  .union(
    [
      z.null(),
      optionalText('An anchor', ANCHOR_TEXT_MAX, 'one line'),
      z.strictObject({ startSec: Seconds, endSec: Seconds.nullable().default(null) }),
    ],
    { message: 'Give the anchor as text such as "1:23–1:40" or "bar 32", or as seconds' },
  )
  .transform((value, ctx): Anchor => {
    if (value === null) return NO_ANCHOR;
    if (typeof value !== 'string') {
      const checked = checkTimeRange(value.startSec, value.endSec);
      if (checked.ok) return { kind: 'time', startSec: checked.startSec, endSec: checked.endSec };
      ctx.addIssue({ code: 'custom', message: checked.message });
      return z.NEVER;
    }
    // The text is trimmed and checked already (optionalText).
    if (value === '') return NO_ANCHOR;
    if (looksLikeTime(value)) {
      const parsed = parseTimeRange(value);
      if (parsed.ok) return { kind: 'time', startSec: parsed.startSec, endSec: parsed.endSec };
      ctx.addIssue({ code: 'custom', message: parsed.message });
      return z.NEVER;
    }
    return { kind: 'text', text: value };
  });

export const Feedback = z.object({
  id: Id,
  direction: Direction,
  collaboratorId: Id,
  collaboratorName: z.string(),
  projectId: Id.nullable(),
  projectTitle: z.string().nullable(),
  piece: Text,
  anchor: Anchor,
  /** formatAnchor(anchor), ready to show. */
  anchorLabel: z.string(),
  kind: FeedbackKind,
  body: Text,
  date: IsoDate,
  status: FeedbackStatus,
  /** The day the status last changed; null while open. */
  statusDate: IsoDate.nullable(),
  declineReason: Text,
  benefitOverride: Benefit.nullable(),
  weightOverride: Weight.nullable(),
  /** What the entry counts as in the ledger: the override, or the default mapping. */
  benefit: Benefit,
  weight: Weight,
  createdAt: Timestamp,
  updatedAt: Timestamp,
  deletedAt: Timestamp.nullable(),
});
export type Feedback = z.infer<typeof Feedback>;

const feedbackShape = {
  direction: Direction,
  collaboratorId: Id,
  projectId: Id.nullable(),
  piece: optionalText('The piece or version', 200, 'one line'),
  anchor: AnchorInput,
  kind: FeedbackKind,
  body: requiredText('The feedback', 10000, 'paragraphs'),
  date: IsoDate,
  benefitOverride: Benefit.nullable(),
  weightOverride: Weight.nullable(),
};

const declinedNeedsReason = (value: { status?: FeedbackStatus; declineReason?: string }) =>
  value.status !== 'declined' || Boolean(value.declineReason);

/**
 * A new entry. `date` defaults to today; a back-filled entry may arrive already settled
 * (status, statusDate defaulting to today, and a reason when declined).
 */
export const FeedbackFields = z
  .strictObject({
    ...feedbackShape,
    projectId: feedbackShape.projectId.default(null),
    piece: feedbackShape.piece.default(''),
    anchor: feedbackShape.anchor.default(NO_ANCHOR),
    date: feedbackShape.date.optional(),
    status: FeedbackStatus.default('open'),
    statusDate: IsoDate.nullable().optional(),
    declineReason: optionalText('The reason', 2000, 'paragraphs').default(''),
    benefitOverride: feedbackShape.benefitOverride.default(null),
    weightOverride: feedbackShape.weightOverride.default(null),
  })
  .refine(declinedNeedsReason, { message: DECLINE_REASON_MESSAGE, path: ['declineReason'] });
export type FeedbackFields = z.infer<typeof FeedbackFields>;

/** Only the fields present change; null clears project, anchor and overrides. Status changes go through setStatus. */
export const FeedbackPatch = z.strictObject({ id: Id, ...feedbackShape }).partial().required({ id: true });
export type FeedbackPatch = z.infer<typeof FeedbackPatch>;

export const FeedbackStatusChange = z
  .strictObject({
    id: Id,
    status: FeedbackStatus,
    /** The day it changed; defaults to today. Ignored when going back to open. */
    date: IsoDate.optional(),
    reason: optionalText('The reason', 2000, 'paragraphs').default(''),
  })
  .refine((value) => declinedNeedsReason({ status: value.status, declineReason: value.reason }), {
    message: DECLINE_REASON_MESSAGE,
    path: ['reason'],
  });
export type FeedbackStatusChange = z.infer<typeof FeedbackStatusChange>;
