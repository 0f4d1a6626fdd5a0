/** ChoiceField: a ChoiceGroup that is a required form field — a hint under it and an inline error when nothing was chosen. */
import type { ComponentProps, ReactNode } from 'react';
import { ChoiceGroup } from '../ChoiceGroup';
import { ErrorMark } from '../Field';

type ChoiceFieldProps<V extends string> = ComponentProps<typeof ChoiceGroup<V>> & {
  hint?: ReactNode;
  error?: string | undefined;
  /** The form field it sets, for a form that moves the cursor to a field by name (quick capture). */
  field?: string;
};

export function ChoiceField<V extends string>({ hint, error, field, ...group }: ChoiceFieldProps<V>) {
  return (
    // data-invalid lets focusFirstInvalid() put the cursor on the group's first option.
    <div className={`field${error ? ' field--invalid' : ''}`} data-invalid={error ? 'true' : undefined} data-field={field}>
      <ChoiceGroup {...group} />
      {error && (
        <p className="field__error" role="alert">
          <ErrorMark />
          {error}
        </p>
      )}
      {hint && <p className="field__hint">{hint}</p>}
    </div>
  );
}
