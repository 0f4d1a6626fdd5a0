import { performance } from 'node:perf_hooks';

/** Milliseconds one call takes, with its result. */
export function timed<T>(fn: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = fn();
  return { ms: performance.now() - start, value };
}

/** The median of `runs` timings of fn, in milliseconds (runs ≥ 1). */
export function medianMs(runs: number, fn: () => unknown): number {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) times.push(timed(fn).ms);
  times.sort((left, right) => left - right);
  const middle = Math.floor(times.length / 2);
  return times.length % 2 === 1 ? (times[middle] as number) : ((times[middle - 1] as number) + (times[middle] as number)) / 2;
}

export const formatMs = (ms: number): string => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms < 10 ? 2 : 1)} ms`);

export const formatMb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
