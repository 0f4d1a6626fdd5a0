/** ChoiceGroup: one-of-many radios with a visible or hidden legend, drawn as a segmented control (filters, quick status) or as stacked cards (forms). */
import { useId, type ReactNode } from 'react';
import './Field.css';
import './controls/inputOverlay.css';
import './ChoiceGroup.css';

export interface Choice<V extends string> {
  value: V;
  label: string;
  /** Drawn before the label, e.g. a status dot. */
  adornment?: ReactNode;
}

interface ChoiceGroupProps<V extends string> {
  legend: string;
  /** Hide the legend visually when the context already says what the choice is (it stays for screen readers). */
  hideLegend?: boolean;
  choices: readonly Choice<V>[];
  value: V;
  onChange: (next: V) => void;
  look?: 'segmented' | 'cards';
  disabled?: boolean;
  className?: string;
}

export function ChoiceGroup<V extends string>({
  legend,
  hideLegend = false,
  choices,
  value,
  onChange,
  look = 'segmented',
  disabled = false,
  className,
}: ChoiceGroupProps<V>) {
  const name = useId();
  return (
    <fieldset className={['choice-group', `choice-group--${look}`, className].filter(Boolean).join(' ')} disabled={disabled}>
      <legend className={hideLegend ? 'visually-hidden' : 'field__label'}>{legend}</legend>
      <div className={look === 'segmented' ? 'segmented' : 'choice-cards'}>
        {choices.map((choice) => (
          <label key={choice.value} className="segmented__option">
            <input
              type="radio"
              name={name}
              value={choice.value}
              checked={value === choice.value}
              onChange={() => onChange(choice.value)}
            />
            <span className="segmented__face">
              {choice.adornment}
              {choice.label}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
