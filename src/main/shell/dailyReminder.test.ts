import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { logLibrary, NOW, TODAY, type LogLibrary } from '../testing/logFixtures';
import { startDailyReminder, type ReminderNotifier } from './dailyReminder';

let t: LogLibrary;
beforeEach(async () => {
  t = await logLibrary();
  await t.lib.call('lessons.plan', { collaboratorId: t.sam.id, date: TODAY, topics: 'Voicings' });
});
afterEach(() => t.lib.cleanup());

/** Electron's Notification cannot exist in plain Node: this notifier records what the shell would show. */
function recordingNotifier(supported = true) {
  const shown: string[] = [];
  const notifier: ReminderNotifier = { supported: () => supported, show: (title, body) => shown.push(`${title}: ${body}`) };
  return { notifier, shown };
}

const settled = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('the desktop daily reminder (Electron faked: no Notification outside Electron)', () => {
  it('shows nothing while reminders are off, then the summary once a day', async () => {
    const off = recordingNotifier();
    startDailyReminder(t.lib.raw, off.notifier, () => undefined, 60_000)();
    await settled();
    expect(off.shown).toEqual([]);

    const hour = NOW.getHours();
    const at = (h: number) => `${String((h + 24) % 24).padStart(2, '0')}:00`;
    await t.lib.call('settings.update', { reminders: { enabled: true, quietFrom: at(hour + 3), quietUntil: at(hour + 5) } });
    const on = recordingNotifier();
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      const stop = startDailyReminder(t.lib.raw, on.notifier, () => undefined, 60_000);
      await settled();
      vi.advanceTimersByTime(3 * 60_000);
      await settled();
      stop();
    } finally {
      vi.useRealTimers();
    }
    expect(on.shown).toEqual(['Counterpoint: 1 lesson planned today']);
  });

  it('does not ask, nor take the day, where the system shows no notifications', async () => {
    await t.lib.call('settings.update', { reminders: { enabled: true, quietFrom: '00:00', quietUntil: '00:01' } });
    const none = recordingNotifier(false);
    startDailyReminder(t.lib.raw, none.notifier, () => undefined, 60_000)();
    await settled();
    expect(none.shown).toEqual([]);
    expect((await t.lib.call('settings.get', {})).reminders.lastRemindedDay).toBeUndefined();
  });
});
