import type { MethodInput } from '../../../../shared/contract';
import type { Benefit, Direction, Initiator, Weight } from '../../../../shared/entities/exchange';
import type { FeedbackKind } from '../../../../shared/entities/feedback';
import type { LessonRole } from '../../../../shared/entities/lesson';
import type { AskedBy, RequestOutcome } from '../../../../shared/entities/request';
import { ENTRY_KINDS, KINDS, type EntryKind } from '../../../../shared/kinds';
import { todayIso } from '../log/dates';
import { FEEDBACK_FIELDS, emptyFeedback, feedbackFieldsOf, type FeedbackFormValues } from '../log/feedbackForm';
import { HELP_FIELDS, emptyHelp, helpFieldsOf, type HelpFormValues } from '../log/helpForm';
import { LESSON_FIELDS, emptyLesson, lessonFieldsOf, type LessonFormValues } from '../log/lessonForm';
import { REQUEST_FIELDS, emptyRequest, requestFieldsOf, type RequestFormValues } from '../log/requestForm';

/**
 * What quick capture holds while the user types: one draft for all four kinds, so switching
 * kind keeps what was typed; how each kind's own form sections read and change it; and the
 * pure step from draft to each create method's input, through the kind's own form helpers.
 */

/** Quick capture offers every kind of entry, in the registry's order (Alt+1…4). */
export type CaptureKind = EntryKind;
export const CAPTURE_KINDS = ENTRY_KINDS;
export const CAPTURE_KIND_LABELS = Object.fromEntries(ENTRY_KINDS.map((kind) => [kind, KINDS[kind].labels.one])) as Record<
  CaptureKind,
  string
>;

/** What the capture opens with when started from a person's or project's page. */
export interface CapturePreset {
  collaboratorId?: string;
  projectId?: string;
  kind?: CaptureKind;
}

export interface CaptureDraft {
  kind: CaptureKind;
  collaboratorId: string | null;
  projectId: string | null;
  date: string;
  /** Shared by feedback and help: the user's side. */
  direction: Direction;
  feedbackKind: FeedbackKind;
  body: string;
  anchor: string;
  role: LessonRole;
  duration: string;
  topics: string;
  /** '' while not rated. */
  confidence: '' | '1' | '2' | '3' | '4' | '5';
  /** '' until chosen: there is no honest default for what help carried. */
  benefit: Benefit | '';
  weight: `${Weight}`;
  /** null follows the direction: whoever gave usually offered. */
  initiatedBy: Initiator | null;
  note: string;
  askedBy: AskedBy;
  what: string;
  outcome: RequestOutcome;
}

/** A fresh draft: each kind starts from its own form's defaults (feedback and help share the direction). */
export function newDraft(start: { kind: CaptureKind; collaboratorId: string | null; projectId: string | null }): CaptureDraft {
  // Together the four kinds' values fill every field of the draft.
  return {
    ...DRAFT_FORMS.request.draftOf(emptyRequest()),
    ...DRAFT_FORMS.help.draftOf(emptyHelp()),
    ...DRAFT_FORMS.lesson.draftOf(emptyLesson()),
    ...DRAFT_FORMS.feedback.draftOf(emptyFeedback()),
    ...start,
    date: todayIso(),
  } as CaptureDraft;
}

/** Every field the four kinds' forms can report an issue on; the form shows each beside its field. */
export const CAPTURE_FIELDS = [...new Set([...FEEDBACK_FIELDS, ...LESSON_FIELDS, ...HELP_FIELDS, ...REQUEST_FIELDS])];
export type CaptureField = (typeof CAPTURE_FIELDS)[number];

/** A kind's form values as the draft holds them, and a change to them as a change to the draft. */
export interface DraftForm<V> {
  valuesOf: (draft: CaptureDraft) => V;
  draftOf: (change: Partial<V>) => Partial<CaptureDraft>;
}

/** Drops what a change leaves alone, so spreading it over the draft keeps those values. */
const changed = (patch: Partial<CaptureDraft>): Partial<CaptureDraft> =>
  Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));

const chosen = (draft: CaptureDraft) => ({ collaboratorId: draft.collaboratorId ?? '', projectId: draft.projectId ?? '' });

export const DRAFT_FORMS: {
  feedback: DraftForm<FeedbackFormValues>;
  lesson: DraftForm<LessonFormValues>;
  help: DraftForm<HelpFormValues>;
  request: DraftForm<RequestFormValues>;
} = {
  feedback: {
    valuesOf: (draft) =>
      emptyFeedback({ ...chosen(draft), date: draft.date, direction: draft.direction, kind: draft.feedbackKind, body: draft.body, anchor: draft.anchor }),
    draftOf: ({ direction, kind, body, anchor }) => changed({ direction, feedbackKind: kind, body, anchor }),
  },
  lesson: {
    valuesOf: (draft) =>
      emptyLesson({
        ...chosen(draft),
        date: draft.date,
        userRole: draft.role,
        durationMin: draft.duration,
        topics: draft.topics,
        confidence: draft.confidence === '' ? null : Number(draft.confidence),
      }),
    draftOf: ({ userRole, durationMin, topics, confidence }) =>
      changed({
        role: userRole,
        duration: durationMin,
        topics,
        confidence: confidence === undefined ? undefined : confidence === null ? '' : (`${confidence}` as CaptureDraft['confidence']),
      }),
  },
  help: {
    valuesOf: (draft) =>
      emptyHelp({
        ...chosen(draft),
        date: draft.date,
        direction: draft.direction,
        benefit: draft.benefit,
        weight: Number(draft.weight) as Weight,
        initiatedBy: draft.initiatedBy,
        note: draft.note,
      }),
    draftOf: ({ direction, benefit, weight, initiatedBy, note }) =>
      changed({ direction, benefit, weight: weight === undefined ? undefined : `${weight}`, initiatedBy, note }),
  },
  request: {
    valuesOf: (draft) => emptyRequest({ ...chosen(draft), dateAsked: draft.date, askedBy: draft.askedBy, what: draft.what, outcome: draft.outcome }),
    draftOf: ({ askedBy, what, outcome }) => changed({ askedBy, what, outcome }),
  },
};

export type CaptureRequest =
  | { kind: 'feedback'; input: MethodInput<'feedback.create'> }
  | { kind: 'lesson'; input: MethodInput<'lessons.create'> }
  | { kind: 'help'; input: MethodInput<'help.create'> }
  | { kind: 'request'; input: MethodInput<'requests.create'> };

/** The create call for the draft's kind, made by the kind's own form helpers. Unfilled required fields go through as they are, so the shared schema names them. */
export function requestOf(draft: CaptureDraft): CaptureRequest {
  switch (draft.kind) {
    case 'feedback':
      return { kind: 'feedback', input: feedbackFieldsOf(DRAFT_FORMS.feedback.valuesOf(draft)) };
    case 'lesson':
      return { kind: 'lesson', input: lessonFieldsOf(DRAFT_FORMS.lesson.valuesOf(draft)) };
    case 'help':
      return { kind: 'help', input: helpFieldsOf(DRAFT_FORMS.help.valuesOf(draft)) };
    case 'request':
      return { kind: 'request', input: requestFieldsOf(DRAFT_FORMS.request.valuesOf(draft)) };
  }
}
