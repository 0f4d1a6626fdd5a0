import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readCalendar } from '../testing/calendarReading';
import { logLibrary, NOW, TODAY, type LogLibrary } from '../testing/logFixtures';
import { TRANSFER_DIR } from '../transfer/transferFolder';

let t: LogLibrary;
beforeEach(async () => {
  t = await logLibrary();
});
afterEach(() => t.lib.cleanup());

async function exported() {
  const prepared = await t.lib.call('calendar.prepare', {});
  const text = fs.readFileSync(path.join(t.lib.dataDir, TRANSFER_DIR, `${prepared.file}.ics`), 'utf8');
  return { prepared, text, calendar: readCalendar(text) };
}

describe('calendar.prepare', () => {
  it('writes an empty but valid calendar for a library with nothing planned', async () => {
    const { prepared, calendar } = await exported();
    expect(prepared).toMatchObject({ name: `counterpoint-calendar-${TODAY}.ics`, records: 0 });
    expect(calendar.events).toEqual([]);
  });

  it('holds planned lessons, practice due and check-ins due, with UIDs that survive a moved due date', async () => {
    const planned = await t.lib.call('lessons.plan', { collaboratorId: t.sam.id, date: '2026-03-20', topics: 'Reharmonising, the bridge; part 2' });
    const held = await t.lib.call('lessons.create', {
      collaboratorId: t.sam.id,
      date: '2026-03-01',
      durationMin: 45,
      topics: 'Scales',
      practice: [
        { text: 'Thirds in B flat', dueDate: '2026-03-10' },
        { text: 'Arpeggios', dueDate: '2026-03-25' },
        { text: 'No date', dueDate: null },
      ],
    });
    await t.lib.call('checkIns.setCadence', { collaboratorId: t.lee.id, cadence: { every: 2, unit: 'weeks' } });
    await t.lib.call('help.create', { collaboratorId: t.lee.id, direction: 'given', benefit: 'growth', date: '2026-03-08' });

    const first = await exported();
    const events = first.calendar.events.map(({ uid, start, summary }) => ({ uid, start, summary }));
    const [thirds, arpeggios] = held.practice;
    expect(events).toEqual([
      { uid: `lesson-${planned.id}@counterpoint`, start: '2026-03-20', summary: 'Lesson with Sam' },
      { uid: `practice-${thirds!.id}@counterpoint`, start: TODAY, summary: 'Practice: Thirds in B flat' },
      { uid: `practice-${arpeggios!.id}@counterpoint`, start: '2026-03-25', summary: 'Practice: Arpeggios' },
      { uid: `check-in-${t.lee.id}@counterpoint`, start: '2026-03-22', summary: 'Check in with Lee' },
    ]);
    expect(first.prepared.records).toBe(4);
    expect(first.calendar.events[0]!.description).toBe('Reharmonising, the bridge; part 2');
    expect(first.calendar.events[1]!.description).toMatch(/^Overdue: it was due on 2026-03-10\./);

    // Contact with Lee moves the check-in; moving the lesson moves its event; the UIDs stay.
    await t.lib.call('help.create', { collaboratorId: t.lee.id, direction: 'received', benefit: 'knowledge', date: TODAY });
    await t.lib.call('lessons.move', { id: planned.id, date: '2026-03-27' });
    const again = (await exported()).calendar.events;
    expect(again.map((event) => event.uid)).toEqual(events.map((event) => event.uid));
    expect(again.find((event) => event.uid.startsWith('check-in-'))?.start).toBe('2026-03-29');
    const lessonAgain = again.find((event) => event.uid.startsWith('lesson-'))!;
    expect(lessonAgain.start).toBe('2026-03-27');
    expect(lessonAgain.sequence).toBeGreaterThanOrEqual(first.calendar.events[0]!.sequence!);
    expect(lessonAgain.lastModified).not.toBe(first.calendar.events[0]!.lastModified);
  });
});

describe('reminders.take', () => {
  it('answers nothing while reminders are off, then once a day outside the quiet hours', async () => {
    await t.lib.call('lessons.plan', { collaboratorId: t.sam.id, date: TODAY, topics: 'Voicings' });
    expect(await t.lib.call('reminders.take', {})).toBeNull();
    // The quiet hours around the test clock's local time, then outside it.
    const hour = NOW.getHours();
    const at = (h: number) => `${String((h + 24) % 24).padStart(2, '0')}:00`;
    await t.lib.call('settings.update', { reminders: { enabled: true, quietFrom: at(hour - 1), quietUntil: at(hour + 2) } });
    expect(await t.lib.call('reminders.take', {})).toBeNull();
    await t.lib.call('settings.update', { reminders: { quietFrom: at(hour + 3), quietUntil: at(hour + 5) } });
    expect(await t.lib.call('reminders.take', {})).toEqual({ day: TODAY, checkInsDue: 0, lessonsToday: 1, practiceDue: 0 });
    expect((await t.lib.call('settings.get', {})).reminders.lastRemindedDay).toBe(TODAY);
    expect(await t.lib.call('reminders.take', {})).toBeNull();
  });

  it('refuses a bad quiet hour with a clear message and keeps the settings', async () => {
    const before = await t.lib.call('settings.get', {});
    const refused = await t.failure('settings.update', { reminders: { enabled: true, quietFrom: '24:00' } });
    expect(refused.code).toBe('VALIDATION');
    expect(refused.details?.issues?.[0]?.message).toMatch(/The start of the quiet hours must be a time like 21:30/);
    expect(await t.lib.call('settings.get', {})).toEqual(before);
  });
});
