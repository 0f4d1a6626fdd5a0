/** TextField, TextArea, Select and DateField: a label, the control, an optional hint and an inline error wired up with aria-describedby / aria-invalid. */
import { useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react';
import './Field.css';

interface FieldChrome {
  label: string;
  hint?: ReactNode;
  error?: string | undefined;
  /** Marks the label "optional"; required is the default reading of a field. */
  optional?: boolean;
  className?: string;
}

interface ControlWiring {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

function Field({ label, hint, error, optional, className, children }: FieldChrome & { children: (wiring: ControlWiring) => ReactNode }) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [error ? errorId : null, hint ? hintId : null].filter(Boolean).join(' ');
  return (
    <div className={['field', error ? 'field--invalid' : '', className ?? ''].filter(Boolean).join(' ')}>
      <label className="field__label" htmlFor={id}>
        {label}
        {optional && <span className="field__optional">optional</span>}
      </label>
      {children({ id, ...(describedBy ? { 'aria-describedby': describedBy } : {}), ...(error ? { 'aria-invalid': true } : {}) })}
      {error && (
        <p className="field__error" id={errorId}>
          <ErrorMark />
          {error}
        </p>
      )}
      {hint && (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      )}
    </div>
  );
}

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> & FieldChrome;

export function TextField({ label, hint, error, optional, className, ...input }: InputProps) {
  return (
    <Field label={label} hint={hint} error={error} optional={optional} className={className}>
      {(wiring) => <input className="control" type="text" {...input} {...wiring} />}
    </Field>
  );
}

export function DateField({ label, hint, error, optional, className, ...input }: Omit<InputProps, 'type'>) {
  return (
    <Field label={label} hint={hint} error={error} optional={optional} className={className}>
      {(wiring) => <input className="control control--date" type="date" {...input} {...wiring} />}
    </Field>
  );
}

type TextAreaProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> & FieldChrome;

export function TextArea({ label, hint, error, optional, className, rows = 4, ...textarea }: TextAreaProps) {
  return (
    <Field label={label} hint={hint} error={error} optional={optional} className={className}>
      {(wiring) => <textarea className="control control--area" rows={rows} {...textarea} {...wiring} />}
    </Field>
  );
}

/** A small mark before an error message, so an error is more than red text; hidden from the accessible description. */
export function ErrorMark() {
  return (
    <span className="field__error-mark" aria-hidden="true">
      !
    </span>
  );
}

export interface SelectOption {
  value: string;
  label: string;
  /** Options with a group are shown under an <optgroup> of that name. */
  group?: string;
}

function optionsOf(options: readonly SelectOption[]) {
  return options.map((option) => (
    <option key={option.value} value={option.value}>
      {option.label}
    </option>
  ));
}

type SelectProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> &
  FieldChrome & { options: readonly SelectOption[]; placeholder?: string };

export function Select({ label, hint, error, optional, className, options, placeholder, ...select }: SelectProps) {
  return (
    <Field label={label} hint={hint} error={error} optional={optional} className={className}>
      {(wiring) => (
        <select className="control control--select" {...select} {...wiring}>
          {placeholder !== undefined && (
            <option value="" disabled>
              {placeholder}
            </option>
          )}
          {options.some((option) => option.group)
            ? [...new Set(options.map((option) => option.group ?? ''))].map((group) => (
                <optgroup key={group} label={group}>
                  {optionsOf(options.filter((option) => (option.group ?? '') === group))}
                </optgroup>
              ))
            : optionsOf(options)}
        </select>
      )}
    </Field>
  );
}
