import type { MarkedText } from '../../shared/contract/search';

/**
 * What a person types, turned into terms for the index, and the text of a hit marked where it
 * matches. The index's tokenizer is unicode61 with remove_diacritics 2: a word is a run of
 * letters, digits and combining marks, compared without case or diacritics. The same rules here
 * split the query and find the matches to mark, so what is marked is what was found.
 */

export const SEARCH_TERMS_MAX = 12;
const TERM_LENGTH_MAX = 64;

/** A word as the tokenizer sees one; it must hold a letter or digit (a lone mark is no word). */
const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const HAS_LETTER = /[\p{L}\p{N}]/u;

/** Lower case without diacritics, as the tokenizer compares words: "Tomás" and "TOMAS" both give "tomas" (ø, ł, æ stay). */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase();
}

/**
 * The words of the query in lower case, without repeats: what every hit must contain (as
 * prefixes). They are not folded here: the index folds them as it folds the text (NFD would turn
 * a Hangul syllable into letters the index never saw).
 */
export function searchTerms(text: string): string[] {
  const words = text.normalize('NFC').match(WORD) ?? [];
  const terms: string[] = [];
  for (const word of words) {
    if (!HAS_LETTER.test(word)) continue;
    const term = Array.from(word.toLowerCase()).slice(0, TERM_LENGTH_MAX).join('');
    if (term !== '' && !terms.includes(term)) terms.push(term);
    if (terms.length === SEARCH_TERMS_MAX) break;
  }
  return terms;
}

/**
 * The FTS5 query for the terms: each a quoted string (any `"` doubled, though a term holds none)
 * made a prefix, all of them required. Nothing the person typed is read as FTS5 syntax.
 */
export function matchExpression(terms: readonly string[]): string {
  return terms.map((term) => `"${term.replaceAll('"', '""')}"*`).join(' AND ');
}

/** The length in `word` (UTF-16 units) of its shortest start that folds to at least `length` characters. */
function prefixLength(word: string, length: number): number {
  let folded = 0;
  let end = 0;
  for (const char of word) {
    if (folded >= length) break;
    folded += fold(char).length;
    end += char.length;
  }
  return end;
}

/** The ranges of `text` that match a term: the start of every word beginning with one. */
export function markMatches(text: string, terms: readonly string[]): [number, number][] {
  const marks: [number, number][] = [];
  const foldedTerms = terms.map(fold);
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    const folded = fold(word);
    const longest = foldedTerms.reduce((best, term) => (folded.startsWith(term) && term.length > best ? term.length : best), 0);
    if (longest > 0) marks.push([match.index, match.index + prefixLength(word, longest)]);
  }
  return marks;
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** A line of text, cut to `width` characters at a word, with its matches marked. */
export function markedLine(text: string, terms: readonly string[], width = 120): MarkedText {
  const line = oneLine(text);
  const cut = line.length <= width ? line : `${line.slice(0, line.lastIndexOf(' ', width) > width / 2 ? line.lastIndexOf(' ', width) : width)}…`;
  return { text: cut, marks: markMatches(cut, terms).filter(([, end]) => end <= cut.length) };
}

/**
 * The part of `text` around its first match, about `width` characters, with the matches marked;
 * null when nothing in it matches.
 */
export function snippet(text: string, terms: readonly string[], width = 160): MarkedText | null {
  const line = oneLine(text);
  const marks = markMatches(line, terms);
  const first = marks[0];
  if (!first) return null;
  let start = Math.max(0, first[0] - Math.floor(width / 4));
  if (start > 0) {
    const space = line.indexOf(' ', start);
    start = space !== -1 && space < first[0] ? space + 1 : start;
  }
  let end = Math.min(line.length, start + width);
  if (end < line.length) {
    const space = line.lastIndexOf(' ', end);
    end = space > first[1] ? space : end;
  }
  const before = start > 0 ? '…' : '';
  const after = end < line.length ? '…' : '';
  const shift = before.length - start;
  return {
    text: `${before}${line.slice(start, end)}${after}`,
    marks: marks.filter(([from, to]) => from >= start && to <= end).map(([from, to]) => [from + shift, to + shift]),
  };
}
