import { describe, expect, it } from 'vitest';
import { medianMsAsync, parseSize } from './measure';

describe('parseSize', () => {
  it('reads thousands and millions as the bench is asked for them', () => {
    expect(['10k', '100K', '1M', '2.5m', '250000'].map(parseSize)).toEqual([10_000, 100_000, 1_000_000, 2_500_000, 250_000]);
  });

  it('refuses what is not a size from 100 to 5M, saying what it takes', () => {
    for (const text of ['', 'ten', '1G', '50', '6M', '-1k', '1.00001k']) {
      expect(() => parseSize(text), text).toThrow(/--sizes takes sizes from 100 to 5M/);
    }
  });
});

describe('medianMsAsync', () => {
  it('calls the function the number of runs asked, one after the other', async () => {
    let running = 0;
    let calls = 0;
    const ms = await medianMsAsync(5, async () => {
      running += 1;
      expect(running).toBe(1);
      calls += 1;
      await new Promise((resolve) => setTimeout(resolve, 1));
      running -= 1;
    });
    expect(calls).toBe(5);
    expect(ms).toBeGreaterThan(0);
  });
});
