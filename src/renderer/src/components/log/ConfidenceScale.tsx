/** ConfidenceScale: the "I could do this alone" rating, 1 to 5, as a radio group with words for each level; and its read-only meter. */
import { useId } from 'react';
import { ChoiceField } from './ChoiceField';
import '../Field.css';
import '../controls/inputOverlay.css';
import './ConfidenceScale.css';

export const CONFIDENCE_WORDS: Record<number, string> = {
  1: 'Not at all',
  2: 'Only with help',
  3: 'With some help',
  4: 'Mostly alone',
  5: 'Fully alone',
};

export const confidenceWords = (level: number) => CONFIDENCE_WORDS[level] ?? '';

const LEVELS = [1, 2, 3, 4, 5] as const;

/** Quick capture's one row: the numbers alone, after a way to leave it unrated. */
const COMPACT_CHOICES = [
  { value: '' as const, label: 'Skip' },
  ...LEVELS.map((level) => ({ value: `${level}` as const, label: `${level}` })),
];

interface ConfidenceScaleProps {
  value: number | null;
  onChange: (level: number | null) => void;
  legend?: string;
  error?: string | undefined;
  /** Quick capture's segmented row, without the words and the hint. */
  compact?: boolean;
}

export function ConfidenceScale({ value, onChange, legend, error, compact = false }: ConfidenceScaleProps) {
  const name = useId();
  if (compact) {
    return (
      <ChoiceField
        legend={legend ?? 'Could do it alone (1–5)'}
        choices={COMPACT_CHOICES}
        value={value === null ? '' : (`${value}` as (typeof COMPACT_CHOICES)[number]['value'])}
        onChange={(level) => onChange(level === '' ? null : Number(level))}
        error={error}
      />
    );
  }
  const hintId = `${name}-hint`;
  return (
    <fieldset className={`field confidence${error ? ' field--invalid' : ''}`} aria-describedby={hintId}>
      <legend className="field__label">
        {legend ?? 'I could do this alone'}
        <span className="field__optional">optional</span>
      </legend>
      <p className="field__hint field__hint--top" id={hintId}>
        How sure you now feel to do this lesson’s topic without help. Over many lessons, this is the path to standing on
        your own.
      </p>
      <div className="confidence__scale">
        {LEVELS.map((level) => (
          <label key={level} className="confidence__option">
            <input type="radio" name={name} value={level} checked={value === level} onChange={() => onChange(level)} />
            <span className="confidence__face">
              <span className="confidence__number">{level}</span>{' '}
              <span className="confidence__word">{CONFIDENCE_WORDS[level]}</span>
            </span>
          </label>
        ))}
      </div>
      {value !== null && (
        <button type="button" className="link link--quiet confidence__clear" onClick={() => onChange(null)}>
          Clear the rating
        </button>
      )}
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}

/**
 * Five segments, the first `level` filled, with the words. `short` (for list rows) keeps just
 * "2/5" on screen; the full words stay in the accessible text.
 */
export function ConfidenceMeter({ level, look = 'inline' }: { level: number | null; look?: 'inline' | 'stacked' | 'short' }) {
  if (level === null) return <span className="faint">Not rated</span>;
  if (look === 'short') {
    return (
      <span className="confidence-meter confidence-meter--short" title={`I could do this alone: ${level} of 5, ${CONFIDENCE_WORDS[level]}`}>
        <span className="confidence-meter__bar" aria-hidden="true">
          {LEVELS.map((step) => (
            <span key={step} className={step <= level ? 'is-on' : undefined} />
          ))}
        </span>
        <span aria-hidden="true">
          <span className="faint">alone</span> {level}/5
        </span>
        <span className="visually-hidden">
          Could do it alone: {level} of 5, {CONFIDENCE_WORDS[level]}
        </span>
      </span>
    );
  }
  return (
    <span className={`confidence-meter confidence-meter--${look}`}>
      <span className="confidence-meter__bar" aria-hidden="true">
        {LEVELS.map((step) => (
          <span key={step} className={step <= level ? 'is-on' : undefined} />
        ))}
      </span>
      <span>
        {level} of 5 · {CONFIDENCE_WORDS[level]}
      </span>
    </span>
  );
}
