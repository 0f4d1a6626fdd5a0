/** PracticeCheck: one practice assignment as a real checkbox — ticking it records today as the day it was done. */
import { useState, type ReactNode } from 'react';
import type { PracticeItem } from '../../../../shared/entities/lesson';
import { useCommand } from '../../api/hooks';
import { formatDay } from '../../format';
import { useReportError } from '../../hooks/useReportError';
import { Badge } from '../Badge';
import { dueLabel, todayIso } from './dates';
import { LOG_AREAS } from './invalidation';
import '../controls/inputOverlay.css';
import '../CheckboxGroup.css';
import './PracticeCheck.css';

interface PracticeCheckProps {
  item: Pick<PracticeItem, 'id' | 'text' | 'dueDate' | 'doneDate' | 'done'>;
  /** Beside the checkbox (outside its label, so links work): e.g. the lesson it came from. */
  context?: ReactNode;
  disabled?: boolean;
  /** Told at once when the box changes (and again, reversed, if saving fails), e.g. to keep a ticked item in view. */
  onToggle?: (done: boolean) => void;
}

export function PracticeCheck({ item, context, disabled = false, onToggle }: PracticeCheckProps) {
  const report = useReportError();
  const setDone = useCommand('practice.setDone', { invalidates: LOG_AREAS });
  // Shown at once while the change is saved, so the box never lags behind the click or Space.
  const [pending, setPending] = useState<boolean | null>(null);
  const done = pending ?? item.done;
  const today = todayIso();
  const overdue = !done && item.dueDate !== null && item.dueDate < today;

  const toggle = (next: boolean) => {
    setPending(next);
    onToggle?.(next);
    setDone.mutate(
      { id: item.id, done: next },
      {
        onError: (error) => {
          onToggle?.(!next);
          report(error, next ? 'tick it off' : 'untick it');
        },
        onSettled: () => setPending(null),
      },
    );
  };

  return (
    <div className={`practice-check${done ? ' is-done' : ''}${overdue ? ' is-overdue' : ''}`}>
      <label className="checkbox practice-check__box">
        <input type="checkbox" checked={done} disabled={disabled} onChange={(event) => toggle(event.target.checked)} />
        <span className="checkbox__box" aria-hidden="true" />
        <span className="checkbox__text">
          <span className="checkbox__label practice-check__text">{item.text}</span>
          <span className="checkbox__hint practice-check__meta">
            {done && item.doneDate ? (
              <span>Done {formatDay(item.doneDate)}</span>
            ) : done ? (
              <span>Done</span>
            ) : item.dueDate ? (
              overdue ? (
                <Badge tone="red">{dueLabel(item.dueDate, today)}</Badge>
              ) : (
                <span>{dueLabel(item.dueDate, today)}</span>
              )
            ) : (
              <span>No due date</span>
            )}
          </span>
        </span>
      </label>
      {context && <div className="practice-check__context">{context}</div>}
    </div>
  );
}
