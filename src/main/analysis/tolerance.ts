/**
 * Rates and shares are ratios of small whole numbers, so a hand-computed edge case (a share of
 * exactly 0.65, a gap of exactly 0.4) can land a rounding error away from the setting. Comparisons
 * against settings go through these, which treat anything within 1e-9 as equal.
 */
const EPSILON = 1e-9;

export const atLeast = (value: number, bound: number): boolean => value >= bound - EPSILON;
export const atMost = (value: number, bound: number): boolean => value <= bound + EPSILON;
export const above = (value: number, bound: number): boolean => value > bound + EPSILON;
export const below = (value: number, bound: number): boolean => value < bound - EPSILON;
