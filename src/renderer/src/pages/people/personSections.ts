import { tabHref } from '../../hooks/useTabInAddress';

/** The sections of a person's page, each a tab: what passed between you comes first. */
export const PERSON_SECTIONS = ['timeline', 'balance', 'projects'] as const;
export type PersonSection = (typeof PERSON_SECTIONS)[number];

/** A person's page opened on one section: a finding links to its balance. */
export const personHref = (id: string, section: PersonSection = 'timeline') => tabHref(`/people/${id}`, PERSON_SECTIONS, section);
