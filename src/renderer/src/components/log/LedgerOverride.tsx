/**
 * LedgerOverride: "Counts in the ledger as: perspective, medium", folded away; opened, it lets
 * one entry count differently from the default mapping (docs/LEDGER.md).
 */
import { useId } from 'react';
import { BENEFITS, BENEFIT_LABELS, WEIGHT_LABELS, type Benefit, type Weight } from '../../../../shared/entities/exchange';
import { Select } from '../Field';
import { countsAs } from './LogPills';
import '../controls/form.css';
import './LedgerOverride.css';

interface LedgerOverrideProps {
  /** What the default mapping gives this entry as it stands in the form. */
  defaults: { benefit: Benefit; weight: Weight };
  /** Why the default is what it is, e.g. "the default for a critique". */
  because: string;
  benefitOverride: Benefit | null;
  weightOverride: Weight | null;
  onChange: (next: { benefitOverride: Benefit | null; weightOverride: Weight | null }) => void;
  /** Extra words, e.g. that a peers' swap counts both ways. */
  note?: string;
  error?: string | undefined;
}

const WEIGHTS = [1, 2, 3] as const;

export function LedgerOverride({ defaults, because, benefitOverride, weightOverride, onChange, note, error }: LedgerOverrideProps) {
  const id = useId();
  const benefit = benefitOverride ?? defaults.benefit;
  const weight = weightOverride ?? defaults.weight;
  const overridden = benefitOverride !== null || weightOverride !== null;
  return (
    <details className="ledger-override" open={overridden || error !== undefined ? true : undefined}>
      <summary className="ledger-override__summary" aria-describedby={`${id}-why`}>
        <span className="ledger-override__lead">Counts in the ledger as</span>
        <strong className="ledger-override__value">{countsAs(benefit, weight)}</strong>
        <span className="ledger-override__why" id={`${id}-why`}>
          {overridden ? '(changed for this entry)' : `(${because})`}
        </span>
      </summary>
      <div className="ledger-override__body">
        <p className="field__hint">
          Every entry also counts in the give-and-take ledger. Change what this one counts as when the default does not
          fit — a quick note that changed everything, say.
          {note ? ` ${note}` : ''}
        </p>
        <div className="form__row">
          <Select
            label="Benefit"
            value={benefitOverride ?? ''}
            onChange={(event) => onChange({ benefitOverride: (event.target.value || null) as Benefit | null, weightOverride })}
            options={[
              { value: '', label: `Default (${BENEFIT_LABELS[defaults.benefit].toLowerCase()})` },
              ...BENEFITS.map((value) => ({ value, label: BENEFIT_LABELS[value] })),
            ]}
          />
          <Select
            label="Weight"
            value={weightOverride === null ? '' : String(weightOverride)}
            onChange={(event) =>
              onChange({ benefitOverride, weightOverride: event.target.value ? (Number(event.target.value) as Weight) : null })
            }
            options={[
              { value: '', label: `Default (${WEIGHT_LABELS[defaults.weight].toLowerCase()})` },
              ...WEIGHTS.map((value) => ({ value: String(value), label: `${WEIGHT_LABELS[value]} (${value})` })),
            ]}
          />
        </div>
        {error && (
          <p className="field__error" role="alert">
            {error}
          </p>
        )}
      </div>
    </details>
  );
}
