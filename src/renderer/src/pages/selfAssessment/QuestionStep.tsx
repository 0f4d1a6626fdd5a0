/** One statement of the questionnaire: where the user is ("7 of 24"), the five answers, and the ways on and back. */
import type { RefObject } from 'react';
import { Button } from '../../components/Button';
import { Icon } from '../../components/Icon';
import { AnswerScale } from '../../components/selfAssessment/AnswerScale';
import type { Answers } from '../../components/selfAssessment/useAnswerSaving';
import { plural } from '../../format';
import type { QuestionnaireSteps } from './useQuestionnaireSteps';

interface QuestionStepProps {
  steps: QuestionnaireSteps;
  answers: Answers;
  /** While the answers are being scored. */
  busy: boolean;
  onStartOver: () => void;
  root: RefObject<HTMLDivElement | null>;
}

export function QuestionStep({ steps, answers, busy, onStartOver, root }: QuestionStepProps) {
  const { item, index, total, answered, isLast, resumed, needsAnswer } = steps;
  if (!item) return null;
  const position = `${index + 1} of ${total}`;
  return (
    <div className="questionnaire" ref={root}>
      {resumed && (
        <div className="notice questionnaire__resumed" role="status">
          <Icon name="restore" />
          <div className="notice__text">
            <strong>Welcome back</strong>
            <span>
              Your {plural(answered, 'answer is', 'answers are')} kept; carry on where you left off.
            </span>
          </div>
          <Button size="sm" variant="ghost" onClick={onStartOver}>
            Start over
          </Button>
        </div>
      )}
      <div className="questionnaire__progress">
        <span className="questionnaire__position" aria-live="polite">
          <span className="visually-hidden">Statement </span>
          {position}
        </span>
        <span className="questionnaire__bar" aria-hidden="true">
          <span style={{ width: `${(answered / total) * 100}%` }} />
        </span>
        <span className="questionnaire__answered">{answered} answered</span>
      </div>
      <AnswerScale
        key={item.id}
        statement={item.text}
        itemId={item.id}
        value={answers[item.id]}
        onChange={steps.answer}
        describedBy="questionnaire-keys"
      />
      <p className={`questionnaire__hint${needsAnswer ? ' is-shown' : ''}`} role="status">
        {needsAnswer ? 'Choose the answer that fits you best first; there is no right one.' : ''}
      </p>
      <div className="questionnaire__actions">
        <Button variant="ghost" icon={<Icon name="back" />} onClick={steps.back}>
          Back
        </Button>
        <Button variant="primary" onClick={steps.next} busy={busy}>
          {isLast ? 'See your profile' : 'Next'}
        </Button>
      </div>
      <p className="questionnaire__keys" id="questionnaire-keys">
        <kbd>1</kbd>–<kbd>5</kbd> answer · <kbd>↑</kbd> <kbd>↓</kbd> move · <kbd>Enter</kbd> next · <kbd>←</kbd> back
      </p>
      {!resumed && answered > 0 && (
        <p className="questionnaire__start-over">
          <button type="button" className="link link--quiet" onClick={onStartOver}>
            Start over
          </button>
        </p>
      )}
    </div>
  );
}
