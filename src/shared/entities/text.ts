import { z } from 'zod';

/**
 * Text as the contract accepts it. Every string a caller sends, and every string an import
 * document carries, is built here, so none can skip the checks: contract/textFields.test.ts walks
 * every input schema and fails on a string without `wellFormed`.
 *
 * Lengths count characters (Unicode code points: zod measures strings that way, and so does
 * SQLite's length()), so "at most 120 characters" holds for 120 emoji too.
 */

export const BROKEN_CHARACTER = 'Contains a broken character (an unpaired surrogate); retype it';

/**
 * Whether the string has no UTF-16 surrogate that is not half of a pair (SQLite would store one as
 * U+FFFD, so it would read back altered). String.prototype.isWellFormed (ES2024: Node 20, Chromium
 * 111) is several times faster than a /\p{Surrogate}/u test, and an import checks every string.
 */
const isWellFormed = (value: string) => (value as string & { isWellFormed(): boolean }).isWellFormed();

/** Refuses a lone surrogate. It does not abort, so inside a union (AnchorInput) the field's own message still wins over the union's. */
export const wellFormed = z.refine<string>(isWellFormed, { message: BROKEN_CHARACTER });

/** Any well-formed string: an opaque cursor, a file name, a stored value read back from an import. */
export const text = (typeMessage?: string) => z.string(typeMessage === undefined ? undefined : { message: typeMessage }).check(wellFormed);
export const Text = text();

/**
 * What a field holds: one line (a name, a title, a role: no line breaks, tabs or other control
 * characters) or paragraphs (notes, a body: line breaks and tabs are text, other control
 * characters such as NUL are not). Leading and trailing whitespace is trimmed first.
 */
export type Lines = 'one line' | 'paragraphs';

/** Control characters (Cc: C0, DEL and C1); paragraphs keep tab, line feed and carriage return. */
const CONTROL: Record<Lines, RegExp> = {
  'one line': /\p{Cc}/u,
  paragraphs: /(?![\t\n\r])\p{Cc}/u,
};

const controlMessage = (label: string, lines: Lines) =>
  lines === 'one line'
    ? `${label} must be one line, without tabs or control characters`
    : `${label} contains a control character (such as NUL); remove it`;

const typed = (label: string, max: number, lines: Lines, typeMessage?: string) =>
  text(typeMessage)
    .trim()
    .refine((value) => !CONTROL[lines].test(value), { message: controlMessage(label, lines) })
    .max(max, { message: `${label} must be at most ${max} characters` });

/** Text a person must type: trimmed, not empty, at most `max` characters. */
export const requiredText = (label: string, max: number, lines: Lines, requiredMessage = `${label} is required`) =>
  typed(label, max, lines, requiredMessage).min(1, { message: requiredMessage });

/** Text that may be left empty: trimmed, at most `max` characters. */
export const optionalText = (label: string, max: number, lines: Lines) => typed(label, max, lines);
