import type { Result } from '../shared/result';
import type { CounterpointBridge } from './api';

/** Sends one call to the main process; in the app this is ipcRenderer.invoke on our channel. */
export type Send = (method: string, input: unknown) => Promise<unknown>;

const refusal = (code: 'UNKNOWN_METHOD' | 'VALIDATION' | 'INTERNAL', message: string): Result<unknown> => ({
  ok: false,
  error: { code, message },
});

/**
 * What the preload exposes, kept free of Electron so it can be tested: only the contract's
 * methods go through, and every failure comes back as a Result value, never as a rejection.
 */
export function createBridge(send: Send, methodNames: readonly string[]): CounterpointBridge {
  const known = new Set(methodNames);
  const methods = Object.freeze([...methodNames]);
  return {
    methods,
    invoke(method, input) {
      if (typeof method !== 'string' || !known.has(method)) {
        return Promise.resolve(refusal('UNKNOWN_METHOD', `There is no method called "${String(method)}".`));
      }
      let sent: Promise<unknown>;
      try {
        sent = send(method, input);
      } catch {
        // Structured clone refuses functions, DOM nodes and the like before anything is sent.
        return Promise.resolve(refusal('VALIDATION', 'The input contains something that cannot be sent.'));
      }
      return sent.then(
        (answer) => answer as Result<unknown>,
        () => refusal('INTERNAL', 'Counterpoint did not answer; please try again.'),
      );
    },
  };
}
