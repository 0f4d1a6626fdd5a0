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
  return median(times);
}

function median(times: number[]): number {
  times.sort((left, right) => left - right);
  const middle = Math.floor(times.length / 2);
  return times.length % 2 === 1 ? (times[middle] as number) : ((times[middle - 1] as number) + (times[middle] as number)) / 2;
}

/** The median of `runs` timings of an async fn, one call at a time, in milliseconds. */
export async function medianMsAsync(runs: number, fn: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

export const formatMs = (ms: number): string => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms < 10 ? 2 : 1)} ms`);

export const formatMb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** A library size as the bench takes it: "10k", "100k", "1M", "2.5M" or a plain number of exchanges, from 100 to 5M. */
export function parseSize(text: string): number {
  const match = /^(\d+(?:\.\d+)?)([kKmM]?)$/.exec(text.trim());
  const unit = ({ k: 1e3, m: 1e6 } as Record<string, number>)[(match?.[2] ?? '').toLowerCase()] ?? 1;
  const size = match ? Number(match[1]) * unit : Number.NaN;
  if (!Number.isInteger(size) || size < 100 || size > 5_000_000) {
    throw new Error(`--sizes takes sizes from 100 to 5M (such as 10k,100k,1M), comma-separated, not "${text}"`);
  }
  return size;
}
