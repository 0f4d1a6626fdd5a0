import { fail, type Result } from '../../shared/result';
import type { Invoke } from '../api/dispatch';

/**
 * The IPC handler's body, kept free of Electron: refuses untrusted senders, then hands the call
 * to the dispatcher. Whatever happens, the answer is a Result value — Electron would reduce a
 * thrown error to its message, losing the code the renderer relies on.
 */
export async function answerInvoke(
  invoke: Invoke,
  call: { trusted: boolean; method: unknown; input: unknown },
): Promise<Result<unknown>> {
  if (!call.trusted) {
    return fail({ code: 'UNAUTHORIZED', message: "Only Counterpoint's own window can use the library." });
  }
  if (typeof call.method !== 'string') {
    return fail({ code: 'UNKNOWN_METHOD', message: 'A method name is required.' });
  }
  try {
    return await invoke(call.method, call.input);
  } catch (error) {
    console.error('[counterpoint] IPC call failed', error);
    return fail({ code: 'INTERNAL', message: 'Something went wrong inside Counterpoint; nothing was changed.' });
  }
}
