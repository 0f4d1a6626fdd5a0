import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { DEFAULT_SETTINGS, Settings } from '../../shared/settings';
import { readSettings, settingsOver } from './settingsStore';

type Group = keyof Settings;
const GROUPS = Object.keys(DEFAULT_SETTINGS) as Group[];
const fieldsOf = (group: Group) => Settings.shape[group].shape as Record<string, z.ZodType>;
const defaultOf = (group: Group, key: string) => (DEFAULT_SETTINGS[group] as Record<string, unknown>)[key];

/** A value for one setting that passes its own rule: whole numbers for the counts, shares for the rest, the band's edges on their side of 0.5. */
function validValue(group: Group, key: string): fc.Arbitrary<unknown> {
  const field = fieldsOf(group)[key] as z.ZodType;
  const sample = defaultOf(group, key);
  const base: fc.Arbitrary<unknown> =
    typeof sample === 'boolean'
      ? fc.boolean()
      : typeof sample === 'string'
        ? fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`)
        : key === 'lastRemindedDay'
          ? fc.date({ min: new Date('2020-01-01'), max: new Date('2040-12-31'), noInvalidDate: true }).map((day) => day.toISOString().slice(0, 10))
          : Number.isInteger(sample) || sample === undefined
        ? fc.integer({ min: 0, max: 1200 })
        : key === 'balancedBandLow'
          ? fc.double({ min: 0, max: 0.5, noNaN: true })
          : key === 'balancedBandHigh'
            ? fc.double({ min: 0.5, max: 1, noNaN: true })
            : fc.double({ min: 0, max: 1, noNaN: true });
  return base.filter((value) => field.safeParse(value).success);
}

/** Whole settings that pass every rule, including the ones across settings. */
const validSettings: fc.Arbitrary<Settings> = fc
  .record(
    Object.fromEntries(
      GROUPS.map((group) => [
        group,
        fc.record(Object.fromEntries(Object.keys(fieldsOf(group)).map((key) => [key, validValue(group, key)])), {
          requiredKeys: Object.keys(DEFAULT_SETTINGS[group]),
        }),
      ]),
    ) as Record<Group, fc.Arbitrary<Record<string, unknown>>>,
  )
  .filter((candidate) => Settings.safeParse(candidate).success) as unknown as fc.Arbitrary<Settings>;

/** One setting, named by group and key. */
const aSetting = fc.constantFrom(...GROUPS.flatMap((group) => Object.keys(fieldsOf(group)).map((key) => [group, key] as const)));

/** Anything a damaged or hand-edited file might hold. */
const anyJson = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.double(),
  fc.integer({ min: -100_000, max: 100_000 }),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 4 }), fc.integer(), { maxKeys: 2 }),
);

const withValue = (settings: Settings, group: Group, key: string, value: unknown) =>
  ({ ...settings, [group]: { ...settings[group], [key]: value } }) as unknown as Record<string, unknown>;

describe('reading settings one at a time', () => {
  it('reads valid settings as they are, with nothing reset', () => {
    fc.assert(
      fc.property(validSettings, (settings) => {
        expect(readSettings(structuredClone(settings) as unknown as Record<string, unknown>)).toEqual({ settings, resets: [] });
      }),
    );
  });

  it('one invalid value: that setting is read as its default and reported; every other value is kept', () => {
    fc.assert(
      fc.property(validSettings, aSetting, anyJson, (settings, [group, key], bad) => {
        fc.pre(!(fieldsOf(group)[key] as z.ZodType).safeParse(bad).success);
        const { settings: read, resets } = readSettings(withValue(settings, group, key, bad));
        const expected = structuredClone(settings) as unknown as Record<string, Record<string, unknown>>;
        const fallback = defaultOf(group, key);
        if (fallback === undefined) delete (expected[group] as Record<string, unknown>)[key];
        else (expected[group] as Record<string, unknown>)[key] = fallback;
        expect(read).toEqual(expected);
        expect(resets).toHaveLength(1);
        expect(resets[0]).toMatchObject({ path: `${group}.${key}`, default: fallback === undefined ? 'none' : JSON.stringify(fallback) });
        expect(resets[0]?.reason).not.toBe('');
      }),
    );
  });

  it('never throws and always answers valid settings, whatever the file holds', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom(...GROUPS, 'other'), fc.oneof(anyJson, fc.dictionary(fc.constantFrom(...Object.keys(fieldsOf('analysis')), 'width', 'x'), anyJson))),
        (raw) => {
          const { settings, resets } = readSettings(raw);
          expect(Settings.safeParse(settings).success).toBe(true);
          for (const reset of resets) expect(reset.path).toMatch(/^(window|analysis|backups|reminders)(\.\w+)?$/);
        },
      ),
    );
  });
});

describe('readSettings, by example', () => {
  it('keeps the other analysis rules when one is out of range, and says what it said and why', () => {
    const { settings, resets } = readSettings({
      window: { width: 900, height: 600, maximized: true },
      analysis: { windowDays: 90, balancedBandLow: 2, minimumWeight: 8 },
    });
    expect(settings.window).toEqual({ width: 900, height: 600, maximized: true });
    expect(settings.analysis).toMatchObject({ windowDays: 90, balancedBandLow: 0.35, minimumWeight: 8 });
    expect(resets).toEqual([
      { path: 'analysis.balancedBandLow', found: '2', default: '0.35', reason: 'The lower edge of the balanced band must be between 0 and 1' },
    ]);
  });

  it('resets the setting a rule across settings names, keeping its partner', () => {
    // Each edge is a share, but the band 0.6–0.55 runs backwards: the upper edge goes back to 0.65, and then 0.6–0.65 misses 0.5.
    const { settings, resets } = readSettings({ analysis: { balancedBandLow: 0.6, balancedBandHigh: 0.55 } });
    expect(settings.analysis).toMatchObject({ balancedBandLow: 0.35, balancedBandHigh: 0.65 });
    expect(resets.map((reset) => reset.path)).toEqual(['analysis.balancedBandHigh', 'analysis.balancedBandLow']);
    const kept = readSettings({ analysis: { balancedBandLow: 0.45, balancedBandHigh: 0.4 } });
    expect(kept.settings.analysis).toMatchObject({ balancedBandLow: 0.45, balancedBandHigh: 0.65 });
    expect(kept.resets).toEqual([expect.objectContaining({ path: 'analysis.balancedBandHigh', found: '0.4', reason: 'The balanced band must start below where it ends' })]);
  });

  it('reports a group that is not a group at all, and fills missing settings silently', () => {
    const { settings, resets } = readSettings({ window: 'big', analysis: { windowDays: 30 } });
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, analysis: { ...DEFAULT_SETTINGS.analysis, windowDays: 30 } });
    expect(resets).toEqual([expect.objectContaining({ path: 'window', found: '"big"' })]);
  });

  it('shortens what it shows of a long value', () => {
    const { resets } = readSettings({ analysis: { windowDays: 'x'.repeat(200) } });
    expect(resets[0]?.found).toHaveLength(40);
    expect(resets[0]?.found.endsWith('…')).toBe(true);
  });
});

describe('a store over a file with one bad value', () => {
  it('reports the reset until the next save, which writes the default in its place and keeps the rest', () => {
    const backing = { store: { window: { width: 1000, height: 700, maximized: false }, analysis: { windowDays: 3, minimumWeight: 9 } } as Record<string, unknown> };
    const store = settingsOver(backing);
    expect(store.get().analysis).toMatchObject({ windowDays: 180, minimumWeight: 9 });
    expect(store.resets?.()).toEqual([expect.objectContaining({ path: 'analysis.windowDays', found: '3', default: '180' })]);
    store.update({});
    expect(store.resets?.()).toEqual([]);
    expect(backing.store).toMatchObject({ window: { width: 1000 }, analysis: { windowDays: 180, minimumWeight: 9 } });
  });
});
