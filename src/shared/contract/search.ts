import { z } from 'zod';
import { Id, IsoDate } from '../entities/common';
import { optionalText } from '../entities/text';
import { ENTRY_KINDS, entryHref, type EntryKind } from '../kinds';
import { query } from './method';

/** What search finds: people and projects (what one most often jumps to), then every kind of entry. */
export const SEARCH_KINDS = ['person', 'project', ...ENTRY_KINDS] as const;
export const SearchKind = z.enum(SEARCH_KINDS, { message: `Choose among ${SEARCH_KINDS.join(', ')}` });
export type SearchKind = z.infer<typeof SearchKind>;

export const SEARCH_TEXT_MAX = 200;
export const SEARCH_LIMIT_MAX = 50;
/**
 * Matches counted per kind. Hits are ranked by relevance only for words in a few hundred entries;
 * a commoner word's hits come newest first (see SEARCH_RANK_MAX in src/main/db/searchRepository.ts).
 */
export const SEARCH_COUNT_MAX = 1000;

/** The page a hit opens: an entry's own page, a person's or a project's. */
export function searchHref(kind: SearchKind, id: string): string {
  if (kind === 'person') return `/people/${id}`;
  if (kind === 'project') return `/projects/${id}`;
  return entryHref(kind satisfies EntryKind, id);
}

export const SearchInput = z.strictObject({
  /** What the person typed, as typed: it is split into words, never read as query syntax. */
  text: optionalText('The search', SEARCH_TEXT_MAX, 'one line'),
  /** Which kinds to look in; all when absent. */
  kinds: z
    .array(SearchKind)
    .min(1, { message: 'Choose at least one kind' })
    .refine((kinds) => new Set(kinds).size === kinds.length, { message: 'Each kind can be chosen once' })
    .optional(),
  /** Only what is with this person (their entries, their projects, themselves). */
  personId: Id.optional(),
  /** Only what belongs to this project (its entries, its members, itself). */
  projectId: Id.optional(),
  /** Hits per kind. */
  limit: z
    .number()
    .int({ message: 'The limit must be a whole number' })
    .min(1, { message: 'The limit must be at least 1' })
    .max(SEARCH_LIMIT_MAX, { message: `Ask for at most ${SEARCH_LIMIT_MAX} hits per kind` })
    .default(8),
});
export type SearchInput = z.infer<typeof SearchInput>;

/** A piece of text with the ranges [start, end) (UTF-16 offsets) that match the search. */
export const MarkedText = z.object({
  text: z.string(),
  marks: z.array(z.tuple([z.number().int(), z.number().int()])),
});
export type MarkedText = z.infer<typeof MarkedText>;

export const SearchHit = z.object({
  kind: SearchKind,
  id: Id,
  /** The line that names the hit: a piece, topics, what was asked, a name, a title. */
  title: MarkedText,
  /** Where else the words were found, cut around the first match; null when only the title matched. */
  snippet: MarkedText.nullable(),
  /** The entry's day; null for people and projects. */
  date: IsoDate.nullable(),
  personName: z.string().nullable(),
  projectTitle: z.string().nullable(),
  /** An archived person or project (still found, shown as archived). */
  archived: z.boolean(),
});
export type SearchHit = z.infer<typeof SearchHit>;

export const SearchGroup = z.object({
  kind: SearchKind,
  hits: z.array(SearchHit),
  /** How many of this kind match, counted up to SEARCH_COUNT_MAX; more than hits.length when the limit cut the list. */
  total: z.number().int(),
  /** More than SEARCH_COUNT_MAX match (the count stopped there; show "1000+"). */
  moreThanTotal: z.boolean(),
});
export type SearchGroup = z.infer<typeof SearchGroup>;

export const SearchResult = z.object({
  /** The words searched for, as the index read them ([] when the text had none). */
  terms: z.array(z.string()),
  /** In SEARCH_KINDS order; kinds without a hit are left out. */
  groups: z.array(SearchGroup),
});
export type SearchResult = z.infer<typeof SearchResult>;

export const searchMethods = {
  'search.query': query(SearchInput, SearchResult),
};
