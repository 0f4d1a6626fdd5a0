import type { MethodInput, MethodName, MethodOutput } from '../../../shared/contract';
import type { ApiErrorValue, FieldIssue } from '../../../shared/result';
import { pickTransport } from './transport';

/** A failed call, as thrown inside the renderer (React Query wants throws); carries the typed error. */
export class CallError extends Error {
  readonly code: ApiErrorValue['code'];
  readonly issues: FieldIssue[];

  constructor(readonly value: ApiErrorValue) {
    super(value.message);
    this.name = 'CallError';
    this.code = value.code;
    this.issues = value.details?.issues ?? [];
  }

  /** The message for one form field, if the main process rejected that field. */
  fieldMessage(path: string): string | undefined {
    return this.issues.find((issue) => issue.path === path)?.message;
  }
}

const { transport, mode } = pickTransport();
export const transportMode = mode;

/** The one typed way the renderer talks to the main process. */
export async function call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const result = await transport(method, input);
  if (!result.ok) throw new CallError(result.error);
  return result.value as MethodOutput<M>;
}
