import type { Benefit, Direction, Exchange, Initiator, Weight } from '../../../../shared/entities/exchange';
import { todayIso } from './dates';

/** The "other help" form's values and how they map to the contract; shared by the full form and quick capture. */
export interface HelpFormValues {
  direction: Direction;
  collaboratorId: string;
  projectId: string;
  /** '' until chosen: there is no honest default for what a piece of help carried. */
  benefit: Benefit | '';
  weight: Weight;
  /** null follows the direction: whoever gave usually offered. */
  initiatedBy: Initiator | null;
  date: string;
  note: string;
}

export const HELP_FIELDS = ['direction', 'collaboratorId', 'projectId', 'benefit', 'weight', 'initiatedBy', 'date', 'note'] as const;
export type HelpField = (typeof HELP_FIELDS)[number];

export const HELP_WORDING: Partial<Record<HelpField, string>> = {
  collaboratorId: 'Choose who the help was with',
  benefit: 'Choose what it brought: knowledge, perspective or growth',
};

export function emptyHelp(start: Partial<HelpFormValues> = {}): HelpFormValues {
  return {
    direction: 'received',
    collaboratorId: '',
    projectId: '',
    benefit: '',
    weight: 2,
    initiatedBy: null,
    date: todayIso(),
    note: '',
    ...start,
  };
}

export const helpValuesOf = (exchange: Exchange): HelpFormValues => ({
  direction: exchange.direction,
  collaboratorId: exchange.collaboratorId,
  projectId: exchange.projectId ?? '',
  benefit: exchange.benefit,
  weight: exchange.weight,
  initiatedBy: exchange.initiatedBy,
  date: exchange.date,
  note: exchange.note,
});

export const initiatorOf = (values: Pick<HelpFormValues, 'initiatedBy' | 'direction'>): Initiator =>
  values.initiatedBy ?? (values.direction === 'given' ? 'me' : 'them');

/** What help.create (and, with an id, help.update) takes. An unchosen benefit goes through for the schema to name. */
export const helpFieldsOf = (values: HelpFormValues) => ({
  direction: values.direction,
  collaboratorId: values.collaboratorId,
  projectId: values.projectId || null,
  benefit: values.benefit as Benefit,
  weight: values.weight,
  initiatedBy: initiatorOf(values),
  date: values.date,
  note: values.note,
});

/** What each benefit covers, in the product's words (DOMAIN.md). */
export const BENEFIT_HINTS: Record<Benefit, string> = {
  knowledge: 'skills, technique, theory, tools',
  perspective: 'another view: a critique, a reading, an idea',
  growth: 'support: encouragement, introductions, opportunities, hands-on help, credit',
};
