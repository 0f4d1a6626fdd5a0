import { describe, expect, test } from 'vitest';
import {
  betaCdf,
  betaInterval,
  betaQuantile,
  lnGamma,
  normalCdf,
  probabilityDifferenceAbove,
} from './betaDistribution';

// Reference values: closed forms where they exist, otherwise scipy.stats.beta 1.17 (cross-checked
// with mpmath at 30 digits for Beta(15, 4)).
describe('lnGamma', () => {
  test.each([
    [1, 0],
    [2, 0],
    [5, Math.log(24)],
    [0.5, 0.5 * Math.log(Math.PI)],
    [10.5, 13.940625219403763],
  ])('lnΓ(%s)', (x, expected) => {
    expect(lnGamma(x)).toBeCloseTo(expected, 12);
  });

  test('stays accurate for large arguments (Stirling)', () => {
    const x = 1e6;
    const stirling = (x - 0.5) * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI) + 1 / (12 * x);
    expect(Math.abs(lnGamma(x) - stirling) / stirling).toBeLessThan(1e-13);
  });
});

describe('betaCdf (regularized incomplete beta)', () => {
  test.each([
    // Beta(2, 2): 3x² − 2x³.
    [0.3, 2, 2, 3 * 0.09 - 2 * 0.027],
    // Beta(a, 1): xᵃ; Beta(1, b): 1 − (1 − x)ᵇ.
    [0.65, 11, 1, 0.65 ** 11],
    [0.35, 1, 11, 1 - 0.65 ** 11],
    // Integer parameters: P(Binomial(5, 0.5) ≥ 2) = 26/32.
    [0.5, 2, 4, 26 / 32],
    [0.4, 2, 3, 0.5248],
    [0.5, 10, 10, 0.5],
    [0.65, 15, 4, 0.07826749174411066],
    [0.35, 15, 4, 3.595950405762641e-5],
    [0.3, 0.5, 0.5, 0.36901011956554536],
    [0.65, 200, 100, 0.26742853504245584],
    [0.001, 3, 7, 8.362275516053983e-8],
  ])('I_%s(%s, %s)', (x, a, b, expected) => {
    expect(Math.abs(betaCdf(x, a, b) - expected)).toBeLessThan(1e-12 + 1e-10 * expected);
  });

  test('parameters in the hundreds of thousands (a log of a million exchanges)', () => {
    expect(betaCdf(0.501, 1e5, 1e5)).toBeCloseTo(0.8144532554424423, 8);
  });

  test('is 0 and 1 at the ends', () => {
    expect(betaCdf(0, 3, 4)).toBe(0);
    expect(betaCdf(1, 3, 4)).toBe(1);
  });
});

describe('betaQuantile', () => {
  test('Beta(1, 1) is uniform: its p-quantile is p', () => {
    for (const p of [0.01, 0.05, 0.25, 0.5, 0.9, 0.95, 0.999]) expect(betaQuantile(p, 1, 1)).toBeCloseTo(p, 12);
  });

  test('Beta(2, 2) has median 0.5', () => {
    expect(betaQuantile(0.5, 2, 2)).toBeCloseTo(0.5, 12);
  });

  test.each([
    // Beta(a, 1): p^(1/a); Beta(1, b): 1 − (1 − p)^(1/b).
    [0.05, 11, 1, 0.05 ** (1 / 11)],
    [0.95, 1, 11, 1 - 0.05 ** (1 / 11)],
    [0.05, 15, 4, 0.6233208490401574],
    [0.95, 15, 4, 0.9203045911975258],
    [0.5, 15, 4, 0.7997618138083806],
    [0.05, 1.5, 2.5, 0.06241252385791503],
    [0.95, 1.5, 2.5, 0.764465958557378],
    [0.05, 101, 51, 0.6004449812066459],
    [0.95, 101, 51, 0.7260334550429253],
    [0.05, 5001, 3001, 0.616049442126176],
    [0.95, 5001, 3001, 0.6338525567660871],
    [0.05, 1, 11, 0.0046521717321972985],
    [0.1, 0.5, 0.5, 0.024471741852423214],
  ])('the %s-quantile of Beta(%s, %s)', (p, a, b, expected) => {
    expect(Math.abs(betaQuantile(p, a, b) - expected)).toBeLessThan(1e-11);
  });

  test('inverts betaCdf', () => {
    for (const [a, b] of [
      [3, 9],
      [40, 2],
      [1, 1000],
      [250000, 750000],
    ] as const) {
      for (const p of [0.005, 0.05, 0.5, 0.95, 0.995]) expect(betaCdf(betaQuantile(p, a, b), a, b)).toBeCloseTo(p, 9);
    }
  });
});

describe('betaInterval', () => {
  test('the 90% interval of Beta(15, 4) is 0.623–0.920', () => {
    const { low, high } = betaInterval(0.9, 15, 4);
    expect(low).toBeCloseTo(0.6233208490401574, 11);
    expect(high).toBeCloseTo(0.9203045911975258, 11);
  });

  test('swapping the parameters mirrors the interval exactly', () => {
    const forward = betaInterval(0.9, 15, 4);
    const mirrored = betaInterval(0.9, 4, 15);
    // The (a > b) orientation is computed as the mirror of the (b, a) one, bit for bit.
    expect(forward.low).toBe(1 - mirrored.high);
    expect(forward.high).toBe(1 - mirrored.low);
  });
});

describe('normal approximations', () => {
  test('normalCdf', () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 6);
    expect(normalCdf(1.6448536269514722)).toBeCloseTo(0.95, 6);
    expect(normalCdf(-3)).toBeCloseTo(0.0013498980316301, 7);
  });

  test('probabilityDifferenceAbove is ½ for identical distributions and symmetric', () => {
    const x = { a: 4, b: 2 };
    expect(probabilityDifferenceAbove(x, x, 0)).toBeCloseTo(0.5, 6);
    const y = { a: 2, b: 5 };
    expect(probabilityDifferenceAbove(x, y, 0) + probabilityDifferenceAbove(y, x, 0)).toBeCloseTo(1, 6);
    expect(probabilityDifferenceAbove(x, y, 0)).toBeGreaterThan(0.9);
  });
});

/** The quantile as it was before its normal-approximation start: Newton from the mean, in a bracket. */
function quantileFromTheMean(p: number, a: number, b: number): number {
  const lnB = lnGamma(a) + lnGamma(b) - lnGamma(a + b);
  const density = (x: number) => Math.exp((a - 1) * Math.log(x) + (b - 1) * Math.log1p(-x) - lnB);
  let low = 0;
  let high = 1;
  let x = a / (a + b);
  for (let step = 0; step < 200; step++) {
    const error = betaCdf(x, a, b) - p;
    if (error === 0) return x;
    if (error < 0) low = x;
    else high = x;
    const slope = x > 0 && x < 1 ? density(x) : 0;
    let next = slope > 0 ? x - error / slope : Number.NaN;
    if (!(next > low && next < high)) next = (low + high) / 2;
    if (Math.abs(next - x) <= 1e-15 * Math.max(x, 1e-300) || high - low <= 1e-16) return next;
    x = next;
  }
  return x;
}

describe('betaQuantile from its normal-approximation start', () => {
  // Weights from none to a million-exchange log, lopsided and even, and the levels the settings allow.
  const weights = [0, 0.5, 1, 2.5, 4, 5, 7.25, 12, 30, 99.5, 250, 1_000, 4_321.75, 20_000, 150_000, 600_000, 2_000_000];
  const levels = [0.5, 0.8, 0.9, 0.95, 0.99];

  test('gives the interval the Newton steps from the mean gave, to 1e-9, on a wide grid of weights', () => {
    let compared = 0;
    for (const level of levels) {
      const tail = (1 - level) / 2;
      for (const give of weights) {
        for (const receive of weights) {
          const a = 1 + give;
          const b = 1 + receive;
          const { low, high } = betaInterval(level, a, b);
          const small = a <= b ? [a, b] : [b, a];
          const lowOld = quantileFromTheMean(tail, small[0]!, small[1]!);
          const highOld = quantileFromTheMean(1 - tail, small[0]!, small[1]!);
          const expected = a <= b ? { low: lowOld, high: highOld } : { low: 1 - highOld, high: 1 - lowOld };
          expect(Math.abs(low - expected.low)).toBeLessThan(1e-9);
          expect(Math.abs(high - expected.high)).toBeLessThan(1e-9);
          compared += 1;
        }
      }
    }
    expect(compared).toBe(levels.length * weights.length * weights.length);
  });

  test.each([
    [0.025, 3, 9],
    [0.975, 40, 7],
    [0.001, 150_001, 149_001],
    [0.999, 12.5, 600_001],
  ])('p = %s of Beta(%s, %s) puts that mass below it', (p, a, b) => {
    expect(Math.abs(betaCdf(betaQuantile(p, a, b), a, b) - p)).toBeLessThan(1e-12);
  });
});
