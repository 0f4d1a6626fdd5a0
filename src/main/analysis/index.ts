/** The pattern engine's public face: pure functions over aggregates (see input.ts), no I/O. */
export { analyzePatterns } from './analyze';
export type * from './input';
export { windowEnding, windowLabel } from './window';
export { betaCdf, betaInterval, betaQuantile } from './betaDistribution';
