import { describe, expect, it } from 'vitest';
import { isWholeFile, settingResetText, settingResetTitle } from './settingResetText';

describe('settingResetText', () => {
  it('names the setting by its label on the Settings page, what the file said, why, and the default', () => {
    expect(
      settingResetText({ path: 'analysis.balancedBandLow', found: '2', default: '0.35', reason: 'The lower edge of the balanced band must be between 0 and 1' }),
    ).toBe('The analysis setting ‘Balanced band from’ was not valid (it said 2: the lower edge of the balanced band must be between 0 and 1) and is back to its default 0.35.');
  });

  it('words the window settings, a whole group, an optional setting and a group it does not know', () => {
    expect(settingResetText({ path: 'window.width', found: '"wide"', default: '1280', reason: 'Invalid input' })).toBe(
      'The window setting ‘Width’ was not valid (it said "wide": invalid input) and is back to its default 1280.',
    );
    expect(settingResetText({ path: 'window', found: '"big"', default: '{}', reason: 'x' })).toBe(
      'The window settings were not valid (the file said "big") and are back to their defaults.',
    );
    expect(settingResetText({ path: 'window.x', found: '1.5', default: 'none', reason: 'Expected an integer' })).toMatch(/‘Position from the left’ .* and is no longer set\.$/);
    expect(settingResetText({ path: 'backups.keep', found: '0', default: '14', reason: 'Too small' })).toBe(
      'The backups setting ‘Backups to keep’ was not valid (it said 0: too small) and is back to its default 14.',
    );
    expect(settingResetText({ path: 'sync.every', found: '0', default: '5', reason: 'Too small' })).toBe(
      'The sync setting ‘every’ was not valid (it said 0: too small) and is back to its default 5.',
    );
  });

  it('words a file that held no named settings at all', () => {
    const whole = { path: '', found: '4096 bytes that are not JSON', default: 'the defaults', reason: 'x' };
    expect(isWholeFile(whole)).toBe(true);
    expect(isWholeFile({ ...whole, path: 'window' })).toBe(false);
    expect(settingResetText(whole)).toBe('It holds 4096 bytes that are not JSON, so every setting is at its default.');
  });

  it('titles one and several', () => {
    expect(settingResetTitle(1)).toBe('A setting was not valid and is back to its default');
    expect(settingResetTitle(3)).toBe('3 settings were not valid and are back to their defaults');
  });
});
