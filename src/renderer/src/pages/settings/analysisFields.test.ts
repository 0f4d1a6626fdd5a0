import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../../shared/settings';
import { ANALYSIS_KEYS } from './analysisFields';

describe('the Settings page’s analysis fields', () => {
  it('offer every analysis setting exactly once', () => {
    expect([...ANALYSIS_KEYS].sort()).toEqual(Object.keys(DEFAULT_SETTINGS.analysis).sort());
  });
});
