import { describe, expect, test } from 'vitest';
import { AnalysisSettings, DEFAULT_SETTINGS, Settings, SettingsPatch } from '../../shared/settings';
import { SettingsValidationError } from '../api/ports';
import { readSettings, settingsOver } from '../host/settingsStore';

const defaults = DEFAULT_SETTINGS.analysis;
const messagesFor = (value: unknown) => {
  const parsed = AnalysisSettings.safeParse(value);
  return parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('the analysis settings', () => {
  test('the defaults are DOMAIN.md\'s numbers and pass their own schema', () => {
    expect(defaults).toEqual({
      windowDays: 180,
      balancedBandLow: 0.35,
      balancedBandHigh: 0.65,
      intervalLevel: 0.9,
      minimumWeight: 5,
      needsGapThreshold: 0.4,
      needsGapMinResolved: 3,
      dependenceMinSessions: 4,
      dependenceMaxConfidenceSlope: 0,
      dependenceMaxPracticeDoneRate: 0.5,
      concentrationThreshold: 0.5,
      concentrationMinPeople: 3,
      concentrationMinWeight: 10,
      missingBenefitsMinEntries: 6,
      noInputGapDays: 45,
      declinedShareThreshold: 0.5,
      declinedMinResolved: 5,
      trendMinChange: 0.15,
    });
    expect(Settings.safeParse(DEFAULT_SETTINGS).success).toBe(true);
  });

  test.each([
    [{ balancedBandLow: 0.6, balancedBandHigh: 0.4 }, 'balancedBandHigh: The balanced band must start below where it ends'],
    [{ balancedBandLow: 0.55, balancedBandHigh: 0.8 }, 'balancedBandLow: The balanced band must include an even split (0.5)'],
    [{ balancedBandLow: -0.1 }, 'balancedBandLow: The lower edge of the balanced band must be between 0 and 1'],
    [{ balancedBandHigh: 1.2 }, 'balancedBandHigh: The upper edge of the balanced band must be between 0 and 1'],
    [{ intervalLevel: 0.5 }, 'intervalLevel: The interval level must be above 0.5'],
    [{ intervalLevel: 0.995 }, 'intervalLevel: The interval level must be at most 0.99'],
    [{ minimumWeight: 0 }, 'minimumWeight: The minimum weight must be at least 1'],
    [{ minimumWeight: 2.5 }, 'minimumWeight: The minimum weight must be a whole number'],
    [{ needsGapMinResolved: -1 }, 'needsGapMinResolved: The resolved requests needed must be at least 1'],
    [{ needsGapThreshold: 0 }, 'needsGapThreshold: The needs gap threshold must be above 0'],
    [{ windowDays: 3 }, 'windowDays: The window must be at least 7 days'],
    [{ dependenceMinSessions: 1.5 }, 'dependenceMinSessions: The lessons needed must be a whole number'],
    [{ declinedShareThreshold: 1 }, 'declinedShareThreshold: The declined share must be below 1'],
    [{ concentrationThreshold: 'high' }, 'concentrationThreshold: The concentration threshold must be a number'],
    [{ concentrationMinPeople: 0 }, 'concentrationMinPeople: The people needed for where support comes from must be at least 1'],
    [{ concentrationMinPeople: 2.5 }, 'concentrationMinPeople: The people needed for where support comes from must be a whole number'],
    [{ concentrationMinWeight: 0 }, 'concentrationMinWeight: The support needed for where support comes from must be at least 1'],
    [{ concentrationMinWeight: 10001 }, 'concentrationMinWeight: The support needed for where support comes from must be at most 10000'],
    [{ missingBenefitsMinEntries: -3 }, 'missingBenefitsMinEntries: The exchanges needed for kinds of input must be at least 1'],
    [{ missingBenefitsMinEntries: 'six' }, 'missingBenefitsMinEntries: The exchanges needed for kinds of input must be a number'],
  ])('%o is refused: %s', (change, message) => {
    expect(messagesFor({ ...defaults, ...change })).toContain(message);
  });

  test('the edges of the allowed ranges are accepted', () => {
    expect(messagesFor({ ...defaults, intervalLevel: 0.99, balancedBandLow: 0, balancedBandHigh: 1 })).toEqual([]);
    expect(messagesFor({ ...defaults, intervalLevel: 0.51, balancedBandLow: 0.5, balancedBandHigh: 0.5001 })).toEqual([]);
  });

  test('a patch may hold any part of the group, and nothing unknown', () => {
    expect(SettingsPatch.safeParse({ analysis: { windowDays: 90 } }).success).toBe(true);
    expect(SettingsPatch.safeParse({ analysis: { windowDay: 90 } }).success).toBe(false);
  });

  test('a settings file from before the portfolio minimums reads them as their defaults, silently', () => {
    const { concentrationMinPeople: _people, concentrationMinWeight: _weight, missingBenefitsMinEntries: _entries, ...older } = defaults;
    const reading = readSettings({ ...DEFAULT_SETTINGS, analysis: { ...older, windowDays: 90 } });
    expect(reading.resets).toEqual([]);
    expect(reading.settings.analysis).toEqual({ ...defaults, windowDays: 90 });
  });

  test('the store merges a partial patch and checks the merged band before saving', () => {
    const backing = { store: structuredClone(DEFAULT_SETTINGS) as unknown as Record<string, unknown> };
    const store = settingsOver(backing);
    expect(store.update({ analysis: { windowDays: 90, balancedBandLow: 0.4 } }).analysis).toMatchObject({
      windowDays: 90,
      balancedBandLow: 0.4,
      balancedBandHigh: 0.65,
    });
    // Low 0.7 against the saved high 0.65: only the merged whole can tell.
    let error: unknown;
    try {
      store.update({ analysis: { balancedBandLow: 0.7 } });
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(SettingsValidationError);
    expect((error as SettingsValidationError).issues).toContainEqual({
      path: 'analysis.balancedBandHigh',
      message: 'The balanced band must start below where it ends',
    });
    expect(store.get().analysis.balancedBandLow).toBe(0.4);
    expect(store.reset().analysis).toEqual(defaults);
    expect(store.get().window).toEqual(DEFAULT_SETTINGS.window);
  });
});
