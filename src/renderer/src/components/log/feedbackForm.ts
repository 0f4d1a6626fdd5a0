import type { Benefit, Direction, Weight } from '../../../../shared/entities/exchange';
import type { Feedback, FeedbackKind } from '../../../../shared/entities/feedback';
import { ANCHOR_TEXT_MAX } from '../../../../shared/entities/feedback';
import { feedbackShare } from '../../../../shared/ledgerRules';
import { formatTimeAnchor, looksLikeTime, parseTimeRange } from '../../../../shared/timeAnchor';
import { todayIso } from './dates';

/**
 * The feedback form's values and how they map to the contract. Shared by the full form and
 * quick capture, so both send the same thing and preview the same ledger share.
 */
export interface FeedbackFormValues {
  direction: Direction;
  collaboratorId: string;
  projectId: string;
  piece: string;
  /** As typed: "1:23–1:40", "bar 32" or ''. */
  anchor: string;
  kind: FeedbackKind;
  body: string;
  date: string;
  benefitOverride: Benefit | null;
  weightOverride: Weight | null;
}

export const FEEDBACK_FIELDS = [
  'direction',
  'collaboratorId',
  'projectId',
  'piece',
  'anchor',
  'kind',
  'body',
  'date',
  'benefitOverride',
  'weightOverride',
] as const;
export type FeedbackField = (typeof FEEDBACK_FIELDS)[number];

/** Friendlier words than the schema's for fields a form shows as pickers. */
export const FEEDBACK_WORDING: Partial<Record<FeedbackField, string>> = {
  collaboratorId: 'Choose who the feedback is with',
  body: 'Write down what was said',
};

export function emptyFeedback(start: Partial<FeedbackFormValues> = {}): FeedbackFormValues {
  return {
    direction: 'received',
    collaboratorId: '',
    projectId: '',
    piece: '',
    anchor: '',
    kind: 'critique',
    body: '',
    date: todayIso(),
    benefitOverride: null,
    weightOverride: null,
    ...start,
  };
}

export const feedbackValuesOf = (feedback: Feedback): FeedbackFormValues => ({
  direction: feedback.direction,
  collaboratorId: feedback.collaboratorId,
  projectId: feedback.projectId ?? '',
  piece: feedback.piece,
  anchor: feedback.anchorLabel,
  kind: feedback.kind,
  body: feedback.body,
  date: feedback.date,
  benefitOverride: feedback.benefitOverride,
  weightOverride: feedback.weightOverride,
});

/** What feedback.create (and, with an id, feedback.update) takes. */
export const feedbackFieldsOf = (values: FeedbackFormValues) => ({
  ...values,
  projectId: values.projectId || null,
});

/** What the entry will count as in the ledger, overrides included. */
export const feedbackCountsAs = (values: Pick<FeedbackFormValues, 'direction' | 'kind' | 'benefitOverride' | 'weightOverride'>) =>
  feedbackShare(values);

export type AnchorReading =
  | { kind: 'none' }
  | { kind: 'time'; label: string; seconds: number | null }
  | { kind: 'text' }
  | { kind: 'invalid'; message: string };

/** How the anchor field reads what was typed, with the same rules as the main process. */
export function readAnchor(text: string): AnchorReading {
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'none' };
  if (looksLikeTime(trimmed)) {
    const parsed = parseTimeRange(trimmed);
    if (!parsed.ok) return { kind: 'invalid', message: parsed.message };
    return {
      kind: 'time',
      label: formatTimeAnchor(parsed.startSec, parsed.endSec),
      seconds: parsed.endSec === null ? null : parsed.endSec - parsed.startSec,
    };
  }
  // Characters, as the contract counts them (code points: an emoji is one).
  if ([...trimmed].length > ANCHOR_TEXT_MAX) return { kind: 'invalid', message: `An anchor must be at most ${ANCHOR_TEXT_MAX} characters` };
  return { kind: 'text' };
}
