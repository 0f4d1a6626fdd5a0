import type { Result } from '../shared/result';

/** What the preload puts on window.counterpoint: one call per contract method, answers as values. */
export interface CounterpointBridge {
  invoke(method: string, input: unknown): Promise<Result<unknown>>;
  readonly methods: readonly string[];
}

declare global {
  interface Window {
    counterpoint?: CounterpointBridge;
  }
}
