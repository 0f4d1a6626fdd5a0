import ICAL from 'ical.js';

/** One VEVENT as Mozilla's ical.js reads it back: the independent parser the calendar tests check against. */
export interface ReadEvent {
  uid: string;
  /** DTSTART as written: YYYY-MM-DD for an all-day event. */
  start: string;
  end: string;
  allDay: boolean;
  summary: string;
  description: string | null;
  categories: string[];
  sequence: number | null;
  lastModified: string | null;
  stamp: string | null;
}

/** Parses a calendar file with ical.js; throws if it is not valid iCalendar. */
export function readCalendar(text: string): { name: string | null; productId: string | null; version: string | null; events: ReadEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const textOf = (component: InstanceType<typeof ICAL.Component>, name: string) => {
    const value = component.getFirstPropertyValue(name);
    return value === null ? null : String(value);
  };
  const events = calendar.getAllSubcomponents('vevent').map((component) => {
    const start = component.getFirstPropertyValue('dtstart') as InstanceType<typeof ICAL.Time>;
    const end = component.getFirstPropertyValue('dtend') as InstanceType<typeof ICAL.Time>;
    const sequence = component.getFirstPropertyValue('sequence');
    return {
      uid: String(component.getFirstPropertyValue('uid')),
      start: start.toString(),
      end: end.toString(),
      allDay: start.isDate,
      summary: String(component.getFirstPropertyValue('summary')),
      description: textOf(component, 'description'),
      categories: component.getAllProperties('categories').flatMap((property) => property.getValues().map(String)),
      sequence: sequence === null ? null : Number(sequence),
      lastModified: textOf(component, 'last-modified'),
      stamp: textOf(component, 'dtstamp'),
    };
  });
  return { name: textOf(calendar, 'x-wr-calname') ?? textOf(calendar, 'name'), productId: textOf(calendar, 'prodid'), version: textOf(calendar, 'version'), events };
}
