import type { MethodInput } from '../../../../shared/contract';
import type { Benefit, Direction, Initiator, Weight } from '../../../../shared/entities/exchange';
import type { FeedbackKind } from '../../../../shared/entities/feedback';
import type { LessonRole } from '../../../../shared/entities/lesson';
import type { AskedBy, RequestOutcome } from '../../../../shared/entities/request';
import { ENTRY_KINDS, KINDS, type EntryKind } from '../../../../shared/kinds';
import { todayIso } from '../log/dates';

/**
 * What quick capture holds while the user types: one draft for all four kinds, so switching
 * kind keeps what was typed, and the pure step from draft to each create method's input.
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

export function newDraft(start: { kind: CaptureKind; collaboratorId: string | null; projectId: string | null }): CaptureDraft {
  return {
    ...start,
    date: todayIso(),
    direction: 'received',
    feedbackKind: 'critique',
    body: '',
    anchor: '',
    role: 'learner',
    duration: '60',
    topics: '',
    confidence: '',
    benefit: '',
    weight: '2',
    initiatedBy: null,
    note: '',
    askedBy: 'me',
    what: '',
    outcome: 'pending',
  };
}

export const initiatorOf = (draft: Pick<CaptureDraft, 'initiatedBy' | 'direction'>): Initiator =>
  draft.initiatedBy ?? (draft.direction === 'given' ? 'me' : 'them');

/** The field focus goes to: the first one that still needs the user. */
export function firstNeededField(draft: CaptureDraft): CaptureField {
  if (!draft.collaboratorId) return 'collaboratorId';
  switch (draft.kind) {
    case 'feedback':
      return 'body';
    case 'lesson':
      return 'topics';
    case 'help':
      return draft.benefit === '' ? 'benefit' : 'note';
    case 'request':
      return 'what';
  }
}

/** Every input path the four create methods can report an issue on; the form shows each beside its field. */
export const CAPTURE_FIELDS = [
  'collaboratorId',
  'projectId',
  'date',
  'dateAsked',
  'direction',
  'kind',
  'body',
  'anchor',
  'userRole',
  'durationMin',
  'topics',
  'confidence',
  'benefit',
  'weight',
  'initiatedBy',
  'note',
  'askedBy',
  'what',
  'outcome',
] as const;
export type CaptureField = (typeof CAPTURE_FIELDS)[number];

export type CaptureRequest =
  | { kind: 'feedback'; input: MethodInput<'feedback.create'> }
  | { kind: 'lesson'; input: MethodInput<'lessons.create'> }
  | { kind: 'help'; input: MethodInput<'help.create'> }
  | { kind: 'request'; input: MethodInput<'requests.create'> };

/** The create call for the draft's kind. Unfilled required fields go through as they are, so the shared schema names them. */
export function requestOf(draft: CaptureDraft): CaptureRequest {
  const common = { collaboratorId: draft.collaboratorId ?? '', projectId: draft.projectId };
  switch (draft.kind) {
    case 'feedback':
      return {
        kind: 'feedback',
        input: {
          ...common,
          date: draft.date,
          direction: draft.direction,
          kind: draft.feedbackKind,
          body: draft.body,
          anchor: draft.anchor,
        },
      };
    case 'lesson':
      return {
        kind: 'lesson',
        input: {
          ...common,
          date: draft.date,
          userRole: draft.role,
          durationMin: draft.duration.trim() === '' ? Number.NaN : Number(draft.duration),
          topics: draft.topics,
          confidence: draft.confidence === '' ? null : Number(draft.confidence),
        },
      };
    case 'help':
      return {
        kind: 'help',
        input: {
          ...common,
          date: draft.date,
          direction: draft.direction,
          // An empty choice is sent as it is and refused by the schema with its own message.
          benefit: draft.benefit as Benefit,
          weight: Number(draft.weight) as Weight,
          initiatedBy: initiatorOf(draft),
          note: draft.note,
        },
      };
    case 'request':
      return {
        kind: 'request',
        input: { ...common, dateAsked: draft.date, askedBy: draft.askedBy, what: draft.what, outcome: draft.outcome },
      };
  }
}
