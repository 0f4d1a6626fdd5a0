import type { CollaboratorKind, CollaboratorRole } from '../../shared/entities/collaborator';
import type { Medium, ProjectStatus } from '../../shared/entities/project';
import { localDay } from '../../shared/localDay';

/** Human labels for the contract's enums, and the date formats the pages share. */

export const STATUS_LABEL: Record<ProjectStatus, string> = {
  idea: 'Idea',
  active: 'Active',
  paused: 'Paused',
  finished: 'Finished',
};

export const MEDIUM_LABEL: Record<Medium, string> = {
  music: 'Music',
  painting: 'Painting',
  drawing: 'Drawing',
  writing: 'Writing',
  film: 'Film',
  photography: 'Photography',
  design: 'Design',
  dance: 'Dance',
  theatre: 'Theatre',
  games: 'Games',
  other: 'Other',
};

export const ROLE_LABEL: Record<CollaboratorRole, string> = {
  mentor: 'Mentor',
  mentee: 'Mentee',
  peer: 'Peer',
  'co-creator': 'Co-creator',
  critic: 'Critic',
  audience: 'Audience',
};

/** What each role means relative to the user, shown as a hint beside the checkbox. */
export const ROLE_HINT: Record<CollaboratorRole, string> = {
  mentor: 'teaches or guides you',
  mentee: 'learns from you',
  peer: 'at your level, you swap help',
  'co-creator': 'makes the work with you',
  critic: 'gives you honest critique',
  audience: 'responds to finished work',
};

export const KIND_LABEL: Record<CollaboratorKind, string> = { person: 'Person', group: 'Group' };

/**
 * Every date the renderer shows is written here, in the user's locale (Intl.DateTimeFormat), so
 * one day reads the same on every page. Calendar days ('YYYY-MM-DD', see shared/localDay.ts) are
 * formatted in UTC, where their midnight lies, so no time zone moves them; moments (ISO
 * timestamps) are first turned into the user's own calendar day.
 */
/** A formatter made on its first use, not as this module loads: each costs milliseconds the first screen need not wait for. */
const onFirstUse = <T>(make: () => T): (() => T) => {
  let made: T | undefined;
  return () => (made ??= make());
};

const DAY: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' };
const dayFormat = onFirstUse(() => new Intl.DateTimeFormat(undefined, DAY));
const shortDayFormat = onFirstUse(() => new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', timeZone: 'UTC' }));
const monthFormat = onFirstUse(() => new Intl.DateTimeFormat(undefined, { month: 'short', timeZone: 'UTC' }));
const monthYearFormat = onFirstUse(() => new Intl.DateTimeFormat(undefined, { month: 'short', year: 'numeric', timeZone: 'UTC' }));
const timeFormat = onFirstUse(() => new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' }));

const midnightUtc = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);

/** '2026-03-14' → '14 Mar 2026' ('Mar 14, 2026' in en-US): the one way a day is written. */
export function formatDay(isoDate: string): string {
  return dayFormat().format(midnightUtc(isoDate));
}

/** '2026-03-14' → '14 Mar' (locale order), for chart ticks where the year would crowd. */
export function formatShortDay(isoDate: string): string {
  return shortDayFormat().format(midnightUtc(isoDate));
}

/** '2026-03' → 'Mar' (or 'Mar 2026' with the year). */
export function formatMonth(month: string, withYear = false): string {
  return (withYear ? monthYearFormat() : monthFormat()).format(midnightUtc(`${month}-01`));
}

/** The day of a moment (an ISO timestamp such as createdAt) on the user's calendar, written as formatDay writes days. */
export function formatMomentDay(timestamp: string | Date): string {
  return formatDay(localDay(timestamp));
}

/** The time of day of a moment, on the user's clock: '14:05' or '2:05 PM'. */
export function formatTime(timestamp: string | Date): string {
  return timeFormat().format(typeof timestamp === 'string' ? new Date(timestamp) : timestamp);
}

const ISO_DAY_IN_TEXT = /\b(\d{4}-\d{2}-\d{2})\b/g;

/** A sentence from the pattern engine, whose days come as 'YYYY-MM-DD', with each day written as formatDay writes it. */
export function withLocalDays(sentence: string): string {
  return sentence.replace(ISO_DAY_IN_TEXT, (day: string) => formatDay(day));
}

/** A project's span in words: "14 Mar 2026 – 2 Jun 2026", "from 14 Mar 2026", or '' when undated. */
export function formatSpan(start: string | null, end: string | null): string {
  if (start && end) return `${formatDay(start)} – ${formatDay(end)}`;
  if (start) return `from ${formatDay(start)}`;
  if (end) return `until ${formatDay(end)}`;
  return '';
}

const relative = onFirstUse(() => new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' }));
const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/** An ISO timestamp as "3 days ago" / "just now". */
export function formatAgo(timestamp: string, now: number = Date.now()): string {
  const seconds = Math.round((new Date(timestamp).getTime() - now) / 1000);
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return relative().format(Math.round(seconds / size), unit);
  }
  return 'just now';
}

export const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/** How much of a long entry a row's tooltip shows when the row itself is cut short with an ellipsis. */
export const TOOLTIP_CHARS = 400;

/** Two letters for an avatar: "Ada Lovelace" → "AL", "Moonlight Trio" → "MT". */
export function initials(name: string): string {
  const all = name.trim().split(/\s+/).filter(Boolean);
  // "The Night Owls" reads as NO, not TO: a leading article says nothing about who it is.
  const words = all.length > 1 && /^(the|a|an)$/i.test(all[0] ?? '') ? all.slice(1) : all;
  const letters = words.length > 1 ? [words[0]?.[0], words[words.length - 1]?.[0]] : [words[0]?.[0], words[0]?.[1]];
  return letters.filter(Boolean).join('').toUpperCase();
}
