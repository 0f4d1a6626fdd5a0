/**
 * The five answers to one statement, as one radio group stacked top to bottom: ↑ and ↓ move
 * between them (the browser's own radio keys), and each carries its number, which the
 * questionnaire's keys 1–5 choose.
 */
import { useId } from 'react';
import { ANSWER_LABELS, type Answer } from '../../../../shared/selfAssessment/questionnaire';
import '../controls/inputOverlay.css';
import './AnswerScale.css';

export const ANSWERS = [1, 2, 3, 4, 5] as const satisfies readonly Answer[];

interface AnswerScaleProps {
  /** The statement: the group's name. */
  statement: string;
  /** The statement's id, for the radios' values and the test's locators. */
  itemId: string;
  value: Answer | undefined;
  onChange: (answer: Answer) => void;
  /** Said under the statement, e.g. how to answer from the keyboard. */
  describedBy?: string;
}

export function AnswerScale({ statement, itemId, value, onChange, describedBy }: AnswerScaleProps) {
  const name = useId();
  return (
    <fieldset className="answer-scale" aria-describedby={describedBy} data-item={itemId}>
      <legend className="answer-scale__statement">{statement}</legend>
      <div className="answer-scale__options">
        {ANSWERS.map((answer) => (
          <label key={answer} className="answer-scale__option">
            <input
              type="radio"
              name={name}
              value={answer}
              checked={value === answer}
              onChange={() => onChange(answer)}
            />
            <span className="answer-scale__face">
              <kbd className="answer-scale__key" aria-hidden="true">
                {answer}
              </kbd>
              <span className="answer-scale__label">{ANSWER_LABELS[answer]}</span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
