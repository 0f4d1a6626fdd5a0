import type { AskedBy, Need, NeedOutcome } from '../../../../shared/entities/need';
import { todayIso } from './dates';

/** The request form's values and how they map to the contract; shared by the full form and quick capture. */
export interface NeedFormValues {
  askedBy: AskedBy;
  collaboratorId: string;
  projectId: string;
  what: string;
  dateAsked: string;
  outcome: NeedOutcome;
  /** Only meaningful once settled; '' lets the main process use today. */
  dateResolved: string;
  note: string;
}

export const NEED_FIELDS = ['askedBy', 'collaboratorId', 'projectId', 'what', 'dateAsked', 'outcome', 'dateResolved', 'note'] as const;
export type NeedField = (typeof NEED_FIELDS)[number];

export const NEED_WORDING: Partial<Record<NeedField, string>> = {
  collaboratorId: 'Choose who the request was between',
  what: 'Say what was asked',
};

export function emptyNeed(start: Partial<NeedFormValues> = {}): NeedFormValues {
  return {
    askedBy: 'me',
    collaboratorId: '',
    projectId: '',
    what: '',
    dateAsked: todayIso(),
    outcome: 'pending',
    dateResolved: '',
    note: '',
    ...start,
  };
}

export const needValuesOf = (need: Need): NeedFormValues => ({
  askedBy: need.askedBy,
  collaboratorId: need.collaboratorId,
  projectId: need.projectId ?? '',
  what: need.what,
  dateAsked: need.dateAsked,
  outcome: need.outcome,
  dateResolved: need.dateResolved ?? '',
  note: need.note,
});

/** What needs.create (and, with an id, needs.update) takes. */
export const needFieldsOf = (values: NeedFormValues) => ({
  ...values,
  projectId: values.projectId || null,
  dateResolved: values.outcome === 'pending' ? null : values.dateResolved || null,
});

/** Settling a pending request fills in the day it was settled (today, or the day asked if that is later). */
export function withOutcome(values: NeedFormValues, outcome: NeedOutcome): NeedFormValues {
  if (outcome === 'pending') return { ...values, outcome };
  const today = todayIso();
  const dateResolved = values.dateResolved || (values.dateAsked > today ? values.dateAsked : today);
  return { ...values, outcome, dateResolved };
}
