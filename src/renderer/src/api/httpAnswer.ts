import { TOO_LARGE_MESSAGE } from '../../../shared/apiBodyLimit';
import { ResultEnvelope, type Result } from '../../../shared/result';

/**
 * What browser mode's server answered, as a call's Result: its own error value when it sent one
 * (a 413 carries the words for a call too large), else a message naming the HTTP status.
 */
export function answerOf(status: number, body: unknown): Result<unknown> {
  const parsed = ResultEnvelope.safeParse(body);
  if (parsed.success) return parsed.data as Result<unknown>;
  if (status === 413) return { ok: false, error: { code: 'VALIDATION', message: TOO_LARGE_MESSAGE } };
  return { ok: false, error: { code: 'INTERNAL', message: `Unexpected answer from Counterpoint (HTTP ${status}).` } };
}
