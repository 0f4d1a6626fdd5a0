import { useRef, useState, type FormEvent } from 'react';
import type { z } from 'zod';
import { focusFirstInvalid, useFormErrors } from './useFormErrors';

interface EntryFormOptions<V, T, F extends string, S extends z.ZodType> {
  initial: V;
  /** The shared schema the main process checks too. */
  schema: S;
  /** What the schema checks: the form's values in the contract's shape. */
  fieldsOf: (values: V) => T;
  fields: readonly F[];
  /** Friendlier messages than the schema's for some fields ("Choose a medium"). */
  wording?: Partial<Record<F, string>>;
  /** Sends the checked fields; throws a CallError when the main process refuses them. */
  onSubmit: (fields: T & z.input<S>, values: V) => Promise<unknown>;
}

/**
 * The state every create/edit form shares: values, inline messages that follow the typing once a save
 * was tried, a save that first checks the schema, and a refusal from the main process mapped onto fields
 * (or shown as a failure when it names none). The cursor goes to the first field that needs fixing.
 */
export function useEntryForm<V, T, F extends string, S extends z.ZodType>({
  initial,
  schema,
  fieldsOf,
  fields,
  wording,
  onSubmit,
}: EntryFormOptions<V, T, F, S>) {
  const [values, setValues] = useState(initial);
  const [attempted, setAttempted] = useState(false);
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const errors = useFormErrors(fields);
  const formRef = useRef<HTMLFormElement>(null);

  const update = (patch: Partial<V>) => {
    const next = { ...values, ...patch };
    setValues(next);
    // Once the user has tried to save, keep the messages in step with what they type.
    if (attempted) errors.check(schema, fieldsOf(next), wording);
  };

  const save = async () => {
    if (saving) return;
    setAttempted(true);
    setFailure(null);
    const checked = fieldsOf(values);
    if (!errors.check(schema, checked, wording)) {
      focusFirstInvalid(formRef.current);
      return;
    }
    setSaving(true);
    try {
      await onSubmit(checked, values);
    } catch (error) {
      if (errors.fromError(error)) focusFirstInvalid(formRef.current);
      else setFailure(error);
      setSaving(false);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save();
  };

  return { values, update, submit, saving, failure, errors, formRef };
}
