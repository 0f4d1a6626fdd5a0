import ical, { ICalCalendarMethod } from 'ical-generator';

/** What the calendar file holds: planned lessons, practice due and check-ins due. */
export type CalendarEventKind = 'lesson' | 'practice' | 'check-in';

/** One all-day event of the calendar file; built by calendarEvents.ts from the library's records. */
export interface CalendarEvent {
  kind: CalendarEventKind;
  /** The record the event stands for: a lesson's or practice item's id, or the collaborator's id for a check-in. */
  recordId: string;
  /** The day (YYYY-MM-DD) it falls on; lessons and due dates have no time of day. */
  date: string;
  summary: string;
  description?: string;
  /** When the record last changed (ISO timestamp): LAST-MODIFIED and SEQUENCE, so a calendar takes the update. */
  updatedAt: string;
  categories?: readonly string[];
  url?: string;
}

export const CALENDAR_NAME = 'Counterpoint';
const PRODUCT_ID = { company: 'Counterpoint', product: 'Counterpoint', language: 'EN' };
const UID_DOMAIN = 'counterpoint';
/** SEQUENCE counts minutes from here, so it fits the 32-bit integer calendars keep it in until the 2030s and beyond. */
const SEQUENCE_EPOCH_MS = Date.UTC(2024, 0, 1);
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The UID names the record, never its date: a check-in whose due date moves, or a lesson moved to
 * another day, keeps its UID, so importing the file again updates the event instead of adding one.
 */
export const calendarUid = (event: Pick<CalendarEvent, 'kind' | 'recordId'>): string => `${event.kind}-${event.recordId}@${UID_DOMAIN}`;

/**
 * A revision number that only grows as the record changes: whole minutes from 2024 to its
 * updated_at. Calendars that compare SEQUENCE (Outlook, iOS) take the newer copy; LAST-MODIFIED
 * carries the exact moment for the others.
 */
export function sequenceOf(updatedAt: string): number {
  const at = Date.parse(updatedAt);
  return Number.isFinite(at) ? Math.max(0, Math.floor((at - SEQUENCE_EPOCH_MS) / 60_000)) : 0;
}

/**
 * The day as midnight UTC. All-day events are floating dates (DTSTART;VALUE=DATE:20260315, no
 * time, no zone): a lesson "on 15 March" is on the 15th wherever the user or their calendar is,
 * which a time with a zone could not say (midnight in Berlin is still the 14th in New York).
 * ical-generator writes a date-only value from the Date's UTC fields when the calendar has no
 * time zone, so building the Date in UTC keeps the day whatever the machine's TZ is.
 */
function dayOf(date: string): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day));
}

/**
 * The calendar file (RFC 5545) for these events, written by ical-generator (its escaping of commas,
 * semicolons and newlines, and its folding of long lines at 75 octets). `stamp` is the moment of
 * the export (DTSTAMP); everything else comes from the events, so two exports of the same records
 * differ only in DTSTAMP.
 */
export function calendarFile(events: readonly CalendarEvent[], stamp: string): string {
  const calendar = ical({ name: CALENDAR_NAME, prodId: PRODUCT_ID, method: ICalCalendarMethod.PUBLISH });
  for (const event of events) {
    const start = dayOf(event.date);
    calendar.createEvent({
      id: calendarUid(event),
      allDay: true,
      start,
      end: new Date(start.getTime() + DAY_MS),
      stamp: new Date(stamp),
      lastModified: new Date(event.updatedAt),
      sequence: sequenceOf(event.updatedAt),
      summary: event.summary,
      ...(event.description !== undefined ? { description: event.description } : {}),
      ...(event.categories?.length ? { categories: event.categories.map((name) => ({ name })) } : {}),
      ...(event.url !== undefined ? { url: event.url } : {}),
    });
  }
  return calendar.toString();
}
