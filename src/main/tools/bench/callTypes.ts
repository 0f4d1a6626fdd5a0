import type Database from 'better-sqlite3';

/** What every group of timed calls gets: the open library of one size, the run's settings. */
export interface BenchContext {
  /** The library, opened in the bench's own process (for work timed in-process, such as the engine alone). */
  db: Database.Database;
  /** Calls the backend serving the same library over HTTP, as the renderer does; resolves with the value, throws on an error. */
  api: (method: string, input: unknown) => Promise<unknown>;
  /** The backend's peak RSS so far (null where the system does not say), to see which call raises it. */
  backendPeakRssBytes: () => number | null;
  /** The bench's fixed "today", so windows fall the same way in every run. */
  today: string;
  runs: number;
}

/** One timed call: its median over the run; results.json adds its ratio to the same-run full scan. */
export interface CallFigure {
  name: string;
  ms: number;
  /** What it found (rows, matches, relationships), to see the case measured is not empty. */
  matches?: number;
  /** For calls to the backend: its peak RSS once this call's runs are done (it only grows, so a jump points at the call). */
  backendPeakRssBytes?: number;
}

/** A group of timed calls, in the file of the part it measures (in-process groups may stay synchronous). */
export type CallGroup = (context: BenchContext) => CallFigure[] | Promise<CallFigure[]>;
