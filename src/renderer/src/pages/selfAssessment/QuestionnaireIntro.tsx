/** Before the first statement: what the questionnaire is, how long it takes, and, once, that it reflects and never diagnoses. */
import { useEffect, useRef } from 'react';
import { FRAMING } from '../../../../shared/selfAssessment/questionnaire';
import { Button } from '../../components/Button';
import { Icon } from '../../components/Icon';

interface QuestionnaireIntroProps {
  count: number;
  onBegin: () => void;
  /** Back from the first statement (or after starting over): Begin takes the focus; on first open the page heading has it. */
  focusBegin: boolean;
}

export function QuestionnaireIntro({ count, onBegin, focusBegin }: QuestionnaireIntroProps) {
  const begin = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (focusBegin) begin.current?.focus();
  }, [focusBegin]);
  return (
    <section className="questionnaire-intro" aria-labelledby="questionnaire-intro-title">
      <h2 className="questionnaire-intro__title" id="questionnaire-intro-title">
        How do you work with others?
      </h2>
      <p className="questionnaire-intro__lead">
        {count} short statements about making things with other people. For each one, say how much you agree. It takes about
        five minutes.
      </p>
      <div className="questionnaire-intro__actions">
        <Button variant="primary" ref={begin} onClick={onBegin} icon={<Icon name="chevron" />}>
          Begin
        </Button>
      </div>
      <p className="questionnaire-intro__framing">{FRAMING}</p>
      <ul className="questionnaire-intro__notes">
        <li>Your answers are saved as you go: you can stop at any point and carry on later.</li>
        <li>
          From the keyboard: <kbd>1</kbd>–<kbd>5</kbd> to answer, <kbd>Enter</kbd> or <kbd>→</kbd> for the next statement,{' '}
          <kbd>←</kbd> to go back.
        </li>
        <li>Everything stays on this computer.</li>
      </ul>
    </section>
  );
}
