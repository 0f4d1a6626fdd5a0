/**
 * Time anchors: the place in a track a piece of feedback is about. Typed as "1:23",
 * "1:23–1:40", "1:23-1:40" or with hours "1:02:03–1:02:40"; stored as whole seconds.
 * Shared so that the form's inline check and the server's check say the same thing.
 */

/** Anchors stay inside one day; a longer "track" is a typo, not a recording. */
export const MAX_ANCHOR_SECONDS = 24 * 60 * 60 - 1;

export const TIME_FORMAT_MESSAGE = 'Use a time like 1:23, or a range like 1:23–1:40';
export const TIME_ORDER_MESSAGE = 'The end of the range must come after its start';
export const TIME_LIMIT_MESSAGE = 'Times must be under 24 hours';

export type TimeRangeParse =
  | { ok: true; startSec: number; endSec: number | null }
  | { ok: false; message: string };

/** 83 → "1:23", 3723 → "1:02:03". */
export function formatSeconds(totalSeconds: number): string {
  const whole = Math.max(0, Math.floor(totalSeconds));
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  const seconds = String(whole % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}

/** (83, 100) → "1:23–1:40"; a point in time (end null) → "1:23". */
export function formatTimeAnchor(startSec: number, endSec: number | null): string {
  return endSec === null ? formatSeconds(startSec) : `${formatSeconds(startSec)}–${formatSeconds(endSec)}`;
}

const CLOCK = /^(?:(\d{1,2}):([0-5]\d):([0-5]\d)|(\d{1,4}):([0-5]\d))$/;

/** "1:23" → 83, "1:02:03" → 3723; undefined when the text is not a clock time. */
export function parseClock(text: string): number | undefined {
  const match = CLOCK.exec(text.trim());
  if (!match) return undefined;
  const [, h, hm, hs, m, s] = match;
  if (h !== undefined && hm !== undefined && hs !== undefined) return Number(h) * 3600 + Number(hm) * 60 + Number(hs);
  return Number(m) * 60 + Number(s);
}

/**
 * True when text is meant as a time: only digits, colons, spaces and dashes, with a colon.
 * Such text must parse, so "1:7O–2:00" is reported instead of being kept as a free-text anchor.
 */
export function looksLikeTime(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.includes(':') && /^[\d\s:\-–—]+$/.test(trimmed);
}

/** Parses "1:23", "1:23–1:40", "1:23 - 1:40", "1:02:03—1:02:40" into seconds. */
export function parseTimeRange(text: string): TimeRangeParse {
  const parts = text.trim().split(/\s*[-–—]\s*/);
  if (parts.length > 2 || parts.some((part) => part === '')) return { ok: false, message: TIME_FORMAT_MESSAGE };
  const [startText = '', endText] = parts;
  const startSec = parseClock(startText);
  const endSec = endText === undefined ? null : parseClock(endText);
  if (startSec === undefined || endSec === undefined) return { ok: false, message: TIME_FORMAT_MESSAGE };
  return checkTimeRange(startSec, endSec);
}

/** The rules every time anchor obeys, however it was typed. */
export function checkTimeRange(startSec: number, endSec: number | null): TimeRangeParse {
  if (startSec > MAX_ANCHOR_SECONDS || (endSec !== null && endSec > MAX_ANCHOR_SECONDS)) {
    return { ok: false, message: TIME_LIMIT_MESSAGE };
  }
  if (endSec !== null && endSec <= startSec) return { ok: false, message: TIME_ORDER_MESSAGE };
  return { ok: true, startSec, endSec };
}
