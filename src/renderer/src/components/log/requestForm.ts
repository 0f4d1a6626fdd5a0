import type { AskedBy, Request, RequestOutcome } from '../../../../shared/entities/request';
import { todayIso } from './dates';

/** The request form's values and how they map to the contract; shared by the full form and quick capture. */
export interface RequestFormValues {
  askedBy: AskedBy;
  collaboratorId: string;
  projectId: string;
  what: string;
  dateAsked: string;
  outcome: RequestOutcome;
  /** Only meaningful once settled; '' lets the main process use today. */
  dateResolved: string;
  note: string;
}

export const REQUEST_FIELDS = ['askedBy', 'collaboratorId', 'projectId', 'what', 'dateAsked', 'outcome', 'dateResolved', 'note'] as const;
export type RequestField = (typeof REQUEST_FIELDS)[number];

export const REQUEST_WORDING: Partial<Record<RequestField, string>> = {
  collaboratorId: 'Choose who the request was between',
  what: 'Say what was asked',
};

export function emptyRequest(start: Partial<RequestFormValues> = {}): RequestFormValues {
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

export const requestValuesOf = (request: Request): RequestFormValues => ({
  askedBy: request.askedBy,
  collaboratorId: request.collaboratorId,
  projectId: request.projectId ?? '',
  what: request.what,
  dateAsked: request.dateAsked,
  outcome: request.outcome,
  dateResolved: request.dateResolved ?? '',
  note: request.note,
});

/** What requests.create (and, with an id, requests.update) takes. */
export const requestFieldsOf = (values: RequestFormValues) => ({
  ...values,
  projectId: values.projectId || null,
  dateResolved: values.outcome === 'pending' ? null : values.dateResolved || null,
});

/** Settling a pending request fills in the day it was settled (today, or the day asked if that is later). */
export function withOutcome(values: RequestFormValues, outcome: RequestOutcome): RequestFormValues {
  if (outcome === 'pending') return { ...values, outcome };
  const today = todayIso();
  const dateResolved = values.dateResolved || (values.dateAsked > today ? values.dateAsked : today);
  return { ...values, outcome, dateResolved };
}
