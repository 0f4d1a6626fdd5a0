import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, SettingsPatch } from '../../shared/settings';
import { readSettings } from './settingsStore';

describe('reminder settings', () => {
  it('are off by default, and an older settings file without them reads them as their defaults, silently', () => {
    expect(DEFAULT_SETTINGS.reminders.enabled).toBe(false);
    const { settings, resets } = readSettings({ analysis: { windowDays: 90 }, backups: { keep: 3 } });
    expect(resets).toEqual([]);
    expect(settings.reminders).toEqual(DEFAULT_SETTINGS.reminders);
    expect(settings.analysis.windowDays).toBe(90);
  });

  it('reads a bad quiet hour as its default, saying why, and keeps the rest', () => {
    const { settings, resets } = readSettings({ reminders: { enabled: true, quietFrom: '25:00', quietUntil: '07:00', lastRemindedDay: '2026-03-15' } });
    expect(settings.reminders).toEqual({ enabled: true, quietFrom: '21:00', quietUntil: '07:00', lastRemindedDay: '2026-03-15' });
    expect(resets).toEqual([expect.objectContaining({ path: 'reminders.quietFrom', found: '"25:00"', reason: expect.stringMatching(/start of the quiet hours must be a time like 21:30/) })]);
  });

  it('refuses quiet hours that start and end at the same time, and a patch setting the last reminded day', () => {
    const { settings, resets } = readSettings({ reminders: { enabled: true, quietFrom: '08:00', quietUntil: '08:00' } });
    expect(settings.reminders).toEqual({ enabled: true, quietFrom: '21:00', quietUntil: '08:00' });
    expect(resets).toHaveLength(1);
    expect(resets[0]).toMatchObject({ path: 'reminders.quietFrom', found: '"08:00"', reason: 'The quiet hours must end at a different time than they start' });
    const other = readSettings({ reminders: { enabled: true, quietFrom: '22:30', quietUntil: '22:30' } });
    expect(other.settings.reminders).toEqual({ enabled: true, quietFrom: '22:30', quietUntil: '08:00' });
    expect(other.resets.map((reset) => reset.path)).toEqual(['reminders.quietUntil']);
    expect(SettingsPatch.safeParse({ reminders: { lastRemindedDay: '2026-03-15' } }).success).toBe(false);
    expect(SettingsPatch.safeParse({ reminders: { quietFrom: '7:00' } }).error?.issues[0]?.message).toMatch(/quiet hours must be a time like 21:30/);
  });
});
