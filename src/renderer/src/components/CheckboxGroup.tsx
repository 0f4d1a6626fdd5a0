/** CheckboxGroup: a labelled set of checkboxes (e.g. a person's roles) with per-option hints and one inline error for the group. */
import { useId } from 'react';
import { ErrorMark } from './Field';
import './controls/inputOverlay.css';
import './ChoiceGroup.css';
import './CheckboxGroup.css';

export interface CheckboxOption<V extends string> {
  value: V;
  label: string;
  hint?: string;
}

interface CheckboxGroupProps<V extends string> {
  legend: string;
  options: readonly CheckboxOption<V>[];
  value: readonly V[];
  onChange: (next: V[]) => void;
  hint?: string;
  error?: string | undefined;
}

export function CheckboxGroup<V extends string>({ legend, options, value, onChange, hint, error }: CheckboxGroupProps<V>) {
  const id = useId();
  const describedBy = [error ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(' ') || undefined;
  const toggle = (option: V, checked: boolean) => {
    // Keep the options' own order so the saved list reads the same way the form shows it.
    const chosen = new Set(value);
    if (checked) chosen.add(option);
    else chosen.delete(option);
    onChange(options.map((o) => o.value).filter((v) => chosen.has(v)));
  };
  return (
    <fieldset className={`field choice-group${error ? ' field--invalid' : ''}`} aria-describedby={describedBy}>
      <legend className="field__label">{legend}</legend>
      {hint && (
        <p className="field__hint field__hint--top" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <div className="checkbox-grid">
        {options.map((option) => (
          <label key={option.value} className="checkbox">
            <input
              type="checkbox"
              checked={value.includes(option.value)}
              onChange={(event) => toggle(option.value, event.target.checked)}
              aria-invalid={error ? true : undefined}
            />
            <span className="checkbox__box" aria-hidden="true" />
            <span className="checkbox__text">
              <span className="checkbox__label">{option.label}</span>
              {option.hint && <span className="checkbox__hint">{option.hint}</span>}
            </span>
          </label>
        ))}
      </div>
      {error && (
        <p className="field__error" id={`${id}-error`}>
          <ErrorMark />
          {error}
        </p>
      )}
    </fieldset>
  );
}
