/**
 * The Beta distribution, written out here rather than pulled from a package: the engine needs
 * four functions, all of them must be accurate far into the tails, and they must stay fast for
 * parameters in the millions (a log of a million exchanges).
 */

// Lanczos approximation, g = 7, n = 9: about 15 significant digits for x > 0.
const LANCZOS_G = 7;
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];
const HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);

/** ln Γ(x) for x > 0. */
export function lnGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - lnGamma(1 - x);
  const z = x - 1;
  let sum = LANCZOS[0] as number;
  for (let i = 1; i < LANCZOS.length; i++) sum += (LANCZOS[i] as number) / (z + i);
  const t = z + LANCZOS_G + 0.5;
  return HALF_LOG_TWO_PI + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}

function lnBeta(a: number, b: number): number {
  return lnGamma(a) + lnGamma(b) - lnGamma(a + b);
}

const TINY = 1e-300;
const CF_EPSILON = 1e-15;

/**
 * The continued fraction for I_x(a, b) (modified Lentz, Numerical Recipes' betacf). It converges in
 * O(√max(a, b)) steps when x < (a + 1) / (a + b + 2), so the step limit grows with the parameters.
 */
function betaContinuedFraction(x: number, a: number, b: number): number {
  const maxSteps = 300 + Math.ceil(10 * Math.sqrt(Math.max(a, b)));
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= maxSteps; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < CF_EPSILON) break;
  }
  return h;
}

/** I_x(a, b) with ln B(a, b) given, so a caller evaluating many x for one (a, b) computes it once. */
function betaCdfWith(x: number, a: number, b: number, lnB: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const lnFront = a * Math.log(x) + b * Math.log1p(-x) - lnB;
  const value =
    x < (a + 1) / (a + b + 2)
      ? (Math.exp(lnFront) * betaContinuedFraction(x, a, b)) / a
      : 1 - (Math.exp(lnFront) * betaContinuedFraction(1 - x, b, a)) / b;
  // Rounding must not push a probability a hair outside [0, 1]: findings are checked against that range.
  return Math.min(1, Math.max(0, value));
}

/** The regularized incomplete beta function I_x(a, b) = P(X ≤ x) for X ~ Beta(a, b); a, b > 0. */
export function betaCdf(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  return betaCdfWith(x, a, b, lnBeta(a, b));
}

function betaDensityWith(x: number, a: number, b: number, lnB: number): number {
  if (x <= 0 || x >= 1) return 0;
  return Math.exp((a - 1) * Math.log(x) + (b - 1) * Math.log1p(-x) - lnB);
}

/**
 * The standard normal quantile (Acklam's rational approximation, relative error below 1.2e-9):
 * only a starting point for betaQuantile's Newton steps, which then converge to full precision.
 */
function normalQuantile(p: number): number {
  const A = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239];
  const B = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
  const C = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const D = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const tail = (q: number) =>
    (((((C[0]! * q + C[1]!) * q + C[2]!) * q + C[3]!) * q + C[4]!) * q + C[5]!) / ((((D[0]! * q + D[1]!) * q + D[2]!) * q + D[3]!) * q + 1);
  if (p < 0.02425) return tail(Math.sqrt(-2 * Math.log(p)));
  if (p > 1 - 0.02425) return -tail(Math.sqrt(-2 * Math.log1p(-p)));
  const q = p - 0.5;
  const r = q * q;
  return ((((((A[0]! * r + A[1]!) * r + A[2]!) * r + A[3]!) * r + A[4]!) * r + A[5]!) * q) /
    (((((B[0]! * r + B[1]!) * r + B[2]!) * r + B[3]!) * r + B[4]!) * r + 1);
}

/**
 * Where Newton's method starts: with both parameters past a few units the distribution is close to
 * normal, so mean + z·sd is within a few digits of the quantile and Newton needs two or three steps
 * (each a continued fraction of O(√max(a, b)) terms) instead of the eight or more from the mean.
 */
function quantileStart(p: number, a: number, b: number): number {
  const mean = a / (a + b);
  if (Math.min(a, b) < 5) return mean;
  const sd = Math.sqrt((a * b) / ((a + b) * (a + b) * (a + b + 1)));
  const start = mean + normalQuantile(p) * sd;
  return start > 0 && start < 1 ? start : mean;
}

/**
 * The p-quantile of Beta(a, b): Newton's method on the CDF, kept inside a shrinking bracket and
 * falling back to bisection whenever a step would leave it, so it always converges.
 */
export function betaQuantile(p: number, a: number, b: number): number {
  if (p <= 0) return 0;
  if (p >= 1) return 1;
  const lnB = lnBeta(a, b);
  let low = 0;
  let high = 1;
  let x = quantileStart(p, a, b);
  for (let step = 0; step < 200; step++) {
    const error = betaCdfWith(x, a, b, lnB) - p;
    if (error === 0) return x;
    if (error < 0) low = x;
    else high = x;
    const density = betaDensityWith(x, a, b, lnB);
    let next = density > 0 ? x - error / density : Number.NaN;
    if (!(next > low && next < high)) next = (low + high) / 2;
    if (Math.abs(next - x) <= 1e-15 * Math.max(x, 1e-300) || high - low <= 1e-16) return next;
    x = next;
  }
  return x;
}

/**
 * The equal-tailed `level` interval of Beta(a, b). Computed in the orientation a ≤ b and mirrored
 * otherwise, so swapping a and b gives exactly the mirrored interval (swapped give and take).
 */
export function betaInterval(level: number, a: number, b: number): { low: number; high: number } {
  const tail = (1 - level) / 2;
  if (a > b) {
    const mirrored = betaInterval(level, b, a);
    return { low: 1 - mirrored.high, high: 1 - mirrored.low };
  }
  return { low: betaQuantile(tail, a, b), high: betaQuantile(1 - tail, a, b) };
}

/** Standard normal CDF via erfc (Numerical Recipes' erfcc, fractional error below 1.2e-7). */
export function normalCdf(z: number): number {
  const x = -z / Math.SQRT2;
  const t = 1 / (1 + 0.5 * Math.abs(x));
  const erfc =
    t *
    Math.exp(
      -x * x -
        1.26551223 +
        t *
          (1.00002368 +
            t *
              (0.37409196 +
                t *
                  (0.09678418 +
                    t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return 0.5 * (x >= 0 ? erfc : 2 - erfc);
}

/** Mean and variance of Beta(a, b). */
function betaMoments(a: number, b: number): { mean: number; variance: number } {
  const sum = a + b;
  return { mean: a / sum, variance: (a * b) / (sum * sum * (sum + 1)) };
}

/**
 * P(X − Y > threshold) for independent X ~ Beta(a1, b1), Y ~ Beta(a2, b2), by the normal
 * approximation to the difference. Used only for how sure a comparison of two rates is, where two
 * decimals matter; an exact convolution would cost a numerical integral per flag.
 */
export function probabilityDifferenceAbove(
  x: { a: number; b: number },
  y: { a: number; b: number },
  threshold: number,
): number {
  const mx = betaMoments(x.a, x.b);
  const my = betaMoments(y.a, y.b);
  const sd = Math.sqrt(mx.variance + my.variance);
  return normalCdf((mx.mean - my.mean - threshold) / sd);
}
