import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import type { SelfAssessmentDraft } from '../../../../shared/entities/selfAssessment';
import type { Answer } from '../../../../shared/selfAssessment/questionnaire';
import { call } from '../../api/client';
import { queryKeyOf } from '../../api/hooks';
import { useReportError } from '../../hooks/useReportError';

export type Answers = Partial<Record<string, Answer>>;

/**
 * The answers of the self-assessment in progress, each saved as it is given. Saves go one after
 * another, so quick answers reach the library in the order they were given (the first one creates
 * the self-assessment; a second must not race it); a refused save puts the answer back as saved.
 */
export function useAnswerSaving(draft: SelfAssessmentDraft | null) {
  const queryClient = useQueryClient();
  const report = useReportError();
  const [answers, setAnswers] = useState<Answers>(() => ({ ...(draft?.answers as Answers | undefined) }));
  const [draftId, setDraftId] = useState<string | null>(draft?.id ?? null);
  const saved = useRef<Answers>({ ...(draft?.answers as Answers | undefined) });
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  const save = useCallback(
    (itemId: string, answer: Answer) => {
      setAnswers((now) => ({ ...now, [itemId]: answer }));
      queue.current = queue.current.then(() =>
        call('selfAssessments.answer', { itemId, answer }).then(
          (next) => {
            saved.current = { ...saved.current, [itemId]: answer };
            setDraftId(next.id);
            queryClient.setQueryData(queryKeyOf('selfAssessments.current', {}), next);
          },
          (error: unknown) => {
            setAnswers((now) => ({ ...now, [itemId]: saved.current[itemId] }));
            report(error, 'save that answer');
          },
        ),
      );
    },
    [queryClient, report],
  );

  /** Resolves once every answer given so far has been saved (or refused). */
  const settled = useCallback(() => queue.current, []);

  /** After a discard: nothing in progress, no answers. */
  const reset = useCallback(() => {
    saved.current = {};
    setAnswers({});
    setDraftId(null);
  }, []);

  return { answers, draftId, save, settled, reset };
}
