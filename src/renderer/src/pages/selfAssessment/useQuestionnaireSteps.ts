import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { Answer, QuestionnaireItem } from '../../../../shared/selfAssessment/questionnaire';
import type { Answers } from '../../components/selfAssessment/useAnswerSaving';

const isAnswerKey = (key: string): key is `${Answer}` => /^[1-5]$/.test(key);

/** Enter on a button or a link is that control's own; everywhere else in the questionnaire it goes on. */
const ownsEnter = (target: EventTarget | null) => target instanceof HTMLElement && target.closest('button, a') !== null;

/**
 * Where the user is in the questionnaire and how they move: the intro, then one statement at a
 * time. Opened with answers kept, it resumes at the first statement without one. The keys work
 * while focus is in the questionnaire (or nowhere): 1–5 answer, Enter or → goes on, ← goes back;
 * they are taken before the app's own single-key shortcuts (1–9 would change page).
 */
export function useQuestionnaireSteps(
  items: readonly QuestionnaireItem[],
  answers: Answers,
  save: (itemId: string, answer: Answer) => void,
  onFinish: () => void,
  /** The statement's element: the keys work inside it, and its answers take the focus. */
  root: RefObject<HTMLDivElement | null>,
) {
  const firstOpen = items.findIndex((item) => answers[item.id] === undefined);
  const [keptAtOpen] = useState(() => items.some((candidate) => answers[candidate.id] !== undefined));
  const [phase, setPhase] = useState<'intro' | 'question'>(keptAtOpen ? 'question' : 'intro');
  const [index, setIndex] = useState(firstOpen === -1 ? items.length - 1 : firstOpen);
  const [resumed, setResumed] = useState(keptAtOpen);
  const [needsAnswer, setNeedsAnswer] = useState(false);
  /** Back from the first statement: the intro then gives its Begin button the focus (on first open, the page heading has it). */
  const [backToIntro, setBackToIntro] = useState(false);

  const item = items[index] ?? items[0];
  const answered = items.filter((candidate) => answers[candidate.id] !== undefined).length;

  const go = useCallback((next: number) => {
    setNeedsAnswer(false);
    setIndex(next);
  }, []);

  const move = useCallback(
    (next: number) => {
      setResumed(false);
      go(next);
    },
    [go],
  );

  const next = useCallback(() => {
    if (!item || answers[item.id] === undefined) return setNeedsAnswer(true);
    if (index < items.length - 1) return move(index + 1);
    const open = items.findIndex((candidate) => answers[candidate.id] === undefined);
    if (open !== -1) {
      move(open);
      return setNeedsAnswer(true);
    }
    onFinish();
  }, [answers, index, item, items, move, onFinish]);

  const back = useCallback(() => {
    if (index > 0) return move(index - 1);
    setNeedsAnswer(false);
    setResumed(false);
    setBackToIntro(true);
    setPhase('intro');
  }, [index, move]);

  const answer = useCallback(
    (value: Answer) => {
      if (!item) return;
      setNeedsAnswer(false);
      save(item.id, value);
    },
    [item, save],
  );

  // The statement's answers take focus as it opens: the chosen one, else the first.
  useEffect(() => {
    if (phase !== 'question') return;
    const radios = root.current?.querySelectorAll<HTMLInputElement>('input[type="radio"]');
    const chosen = [...(radios ?? [])].find((radio) => radio.checked) ?? radios?.[0];
    chosen?.focus({ preventScroll: true });
  }, [phase, index, root]);

  // The listener reads the latest moves through a ref, updated as each render commits, so a key
  // pressed right after another (an answer, then Enter) sees that answer.
  const moves = useRef({ answer, next, back });
  useLayoutEffect(() => {
    moves.current = { answer, next, back };
  }, [answer, next, back]);

  useEffect(() => {
    if (phase !== 'question') return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (document.querySelector('dialog[open]')) return;
      const target = event.target as Node | null;
      if (target !== document.body && !root.current?.contains(target)) return;
      if (isAnswerKey(event.key)) {
        event.preventDefault();
        moves.current.answer(Number(event.key) as Answer);
        root.current?.querySelector<HTMLInputElement>(`input[type="radio"][value="${event.key}"]`)?.focus();
      } else if (event.key === 'ArrowRight' || (event.key === 'Enter' && !ownsEnter(event.target))) {
        event.preventDefault();
        moves.current.next();
      } else if (event.key === 'ArrowLeft') {
        event.preventDefault();
        moves.current.back();
      }
    };
    // Capture: before the radios' own ← → (which would change the answer) and the app's shortcuts.
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [phase, root]);

  return {
    phase,
    index,
    item,
    total: items.length,
    answered,
    isLast: index === items.length - 1,
    resumed,
    needsAnswer,
    backToIntro,
    answer,
    next,
    back,
    begin: () => {
      setPhase('question');
      go(0);
    },
    restart: () => {
      setResumed(false);
      setBackToIntro(true);
      setPhase('intro');
      go(0);
    },
  };
}

export type QuestionnaireSteps = ReturnType<typeof useQuestionnaireSteps>;
