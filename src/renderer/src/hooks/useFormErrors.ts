import { useCallback, useState } from 'react';
import type { z } from 'zod';
import { issuesOf, type FieldIssue } from '../../../shared/result';
import { CallError } from '../api/client';

/**
 * Field messages for one form, from either side of the boundary: the shared zod schema run
 * in the browser before sending, or a VALIDATION CallError's issues (path → message) coming
 * back from the main process. Both land next to the field they name.
 */
export interface FormErrors<F extends string> {
  /** The message for one field ('' is the whole form). */
  of: (field: F) => string | undefined;
  /** Issues that name no field we show; displayed above the buttons. */
  general: string | undefined;
  any: boolean;
  /**
   * Runs the schema; records and returns false when the values do not pass. `wording` replaces
   * the schema's message for a field where the form knows a friendlier one ("Choose a medium").
   */
  check: <S extends z.ZodType>(schema: S, values: unknown, wording?: Partial<Record<F, string>>) => values is z.input<S>;
  /** Takes a failed call: records its field issues and returns true if it was a validation error. */
  fromError: (error: unknown) => boolean;
  clear: (field?: F) => void;
}

export function useFormErrors<F extends string>(fields: readonly F[]): FormErrors<F> {
  const [messages, setMessages] = useState<Partial<Record<string, string>>>({});
  const [general, setGeneral] = useState<string | undefined>();

  const record = useCallback(
    (issues: FieldIssue[], fallback?: string) => {
      const next: Partial<Record<string, string>> = {};
      const unplaced: string[] = [];
      for (const issue of issues) {
        // 'roles.2' belongs to the 'roles' field.
        const field = fields.find((name) => issue.path === name || issue.path.startsWith(`${name}.`));
        if (field) next[field] ??= issue.message;
        else unplaced.push(issue.message);
      }
      setMessages(next);
      setGeneral(unplaced[0] ?? (issues.length === 0 ? fallback : undefined));
    },
    [fields],
  );

  const check = useCallback(
    <S extends z.ZodType>(schema: S, values: unknown, wording?: Partial<Record<F, string>>): values is z.input<S> => {
      const parsed = schema.safeParse(values);
      if (parsed.success) {
        setMessages({});
        setGeneral(undefined);
        return true;
      }
      const issues = issuesOf(parsed.error).map((issue) => {
        const better = wording?.[issue.path.split('.')[0] as F];
        return better ? { ...issue, message: better } : issue;
      });
      record(issues);
      return false;
    },
    [record],
  );

  const fromError = useCallback(
    (error: unknown) => {
      if (!(error instanceof CallError) || error.code !== 'VALIDATION') return false;
      record(error.issues, error.message);
      return true;
    },
    [record],
  );

  const clear = useCallback((field?: F) => {
    if (field === undefined) {
      setMessages({});
      setGeneral(undefined);
    } else {
      setMessages((current) => {
        if (!(field in current)) return current;
        const next = { ...current };
        delete next[field];
        return next;
      });
    }
  }, []);

  return {
    of: (field) => messages[field],
    general,
    any: general !== undefined || Object.keys(messages).length > 0,
    check,
    fromError,
    clear,
  };
}

/** After a failed submit, put the cursor in the first field that needs fixing, choice groups marked invalid included. */
export function focusFirstInvalid(form: HTMLFormElement | null): void {
  requestAnimationFrame(() => {
    form?.querySelector<HTMLElement>('[aria-invalid="true"], [data-invalid="true"] input')?.focus();
  });
}
