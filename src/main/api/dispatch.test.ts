import { afterEach, describe, expect, it } from 'vitest';
import { tempLibrary } from '../testing/tempLibrary';

describe('the dispatcher', () => {
  let lib: ReturnType<typeof tempLibrary> | undefined;
  afterEach(() => lib?.cleanup());

  it('answers a patch the settings store rejects as a whole with VALIDATION, its first message and every issue', async () => {
    lib = tempLibrary();
    // Each field is valid on its own; only the merged band (0.7 up to the saved 0.65) is not.
    const rejected = await lib.raw('settings.update', { analysis: { balancedBandLow: 0.7 } });
    expect(rejected).toEqual({
      ok: false,
      error: {
        code: 'VALIDATION',
        message: 'The balanced band must start below where it ends',
        details: {
          issues: [
            { path: 'analysis.balancedBandHigh', message: 'The balanced band must start below where it ends' },
            { path: 'analysis.balancedBandLow', message: 'The balanced band must include an even split (0.5)' },
          ],
        },
      },
    });
    expect((await lib.call('settings.get', {})).analysis.balancedBandLow).toBe(0.35);
  });
});
