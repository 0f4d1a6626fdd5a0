/**
 * PracticeListEditor: a lesson's practice assignments as an editable, ordered list. Each item has
 * its text and an optional due date; Enter adds the next item, Alt+↑/↓ moves one, and every
 * action is also a labelled button.
 */
import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import { PRACTICE_ITEMS_MAX } from '../../../../shared/entities/lesson';
import { formatDay } from '../../format';
import { Badge } from '../Badge';
import { Button } from '../Button';
import { ErrorMark } from '../Field';
import { Icon } from '../Icon';
import { newPracticeDraft, type PracticeDraft } from './lessonForm';
import './PracticeListEditor.css';

interface PracticeListEditorProps {
  items: PracticeDraft[];
  onChange: (items: PracticeDraft[]) => void;
  error?: string | undefined;
  /** The lesson's date: nothing can be due before it. */
  minDue?: string;
}

export function PracticeListEditor({ items, onChange, error, minDue }: PracticeListEditorProps) {
  const id = useId();
  // The list's focusable parts by "<item key>:<part>", so focus can follow an item as it moves.
  const parts = useRef(new Map<string, HTMLElement>());
  const addButton = useRef<HTMLButtonElement>(null);
  // Where the cursor goes once the list has re-rendered after an add, move or remove.
  const focusNext = useRef<string | null>(null);

  useEffect(() => {
    const target = focusNext.current;
    if (target === null) return;
    focusNext.current = null;
    const element = target === 'add' ? addButton.current : parts.current.get(target);
    // A move button that just went disabled (top or bottom reached) hands focus to the item's text.
    if (element && !(element instanceof HTMLButtonElement && element.disabled)) element.focus();
    else parts.current.get(`${target.split(':')[0]}:text`)?.focus();
  });

  const partRef = (key: string) => (element: HTMLElement | null) => {
    if (element) parts.current.set(key, element);
    else parts.current.delete(key);
  };

  const full = items.length >= PRACTICE_ITEMS_MAX;

  const update = (index: number, patch: Partial<PracticeDraft>) =>
    onChange(items.map((item, i) => (i === index ? { ...item, ...patch } : item)));

  const addAfter = (index: number) => {
    if (full) return;
    const draft = newPracticeDraft();
    focusNext.current = `${draft.key}:text`;
    onChange([...items.slice(0, index + 1), draft, ...items.slice(index + 1)]);
  };

  const move = (index: number, by: -1 | 1, from: 'text' | 'up' | 'down') => {
    const target = index + by;
    const item = items[index];
    const other = items[target];
    if (!item || !other) return;
    const next = [...items];
    next[index] = other;
    next[target] = item;
    focusNext.current = `${item.key}:${from}`;
    onChange(next);
  };

  const remove = (index: number) => {
    const neighbour = items[index + 1] ?? items[index - 1];
    focusNext.current = neighbour ? `${neighbour.key}:text` : 'add';
    onChange(items.filter((_, i) => i !== index));
  };

  const onTextKey = (event: KeyboardEvent<HTMLInputElement>, index: number) => {
    if (event.key === 'Enter') {
      // Enter in a list item means "next item", not "save the whole lesson".
      event.preventDefault();
      addAfter(index);
    } else if (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      event.preventDefault();
      move(index, event.key === 'ArrowUp' ? -1 : 1, 'text');
    }
  };

  return (
    <fieldset className={`field practice-edit${error ? ' field--invalid' : ''}`} aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}>
      <legend className="field__label">
        Practice assignments
        <span className="field__optional">optional</span>
      </legend>
      <p className="field__hint field__hint--top" id={`${id}-hint`}>
        What to work on before next time, each with a due date if it has one. Enter adds the next item; Alt+↑ and
        Alt+↓ reorder.
      </p>
      {items.length > 0 && (
        <ol className="practice-edit__list" aria-label="Practice assignments">
          {items.map((item, index) => {
            const n = index + 1;
            return (
              <li key={item.key} className="practice-edit__item">
                <span className="practice-edit__number" aria-hidden="true">
                  {n}
                </span>
                <input
                  ref={partRef(`${item.key}:text`)}
                  className="control practice-edit__text"
                  aria-label={`Practice item ${n}`}
                  value={item.text}
                  maxLength={500}
                  placeholder="e.g. Scales in D, ten minutes a day"
                  onChange={(event) => update(index, { text: event.target.value })}
                  onKeyDown={(event) => onTextKey(event, index)}
                />
                <input
                  type="date"
                  className="control control--date practice-edit__due"
                  aria-label={`Due date for practice item ${n}`}
                  value={item.dueDate}
                  min={minDue || undefined}
                  onChange={(event) => update(index, { dueDate: event.target.value })}
                />
                <div className="practice-edit__actions">
                  {item.doneDate && (
                    <Badge tone="green">
                      <Icon name="check" size={12} />
                      <span>
                        Done<span className="visually-hidden"> {formatDay(item.doneDate)}</span>
                      </span>
                    </Badge>
                  )}
                  <Button
                    size="sm"
                    variant="ghost"
                    className="log-icon-button log-icon-button--up"
                    aria-label={`Move practice item ${n} up`}
                    ref={partRef(`${item.key}:up`)}
                    disabled={index === 0}
                    onClick={() => move(index, -1, 'up')}
                  >
                    <Icon name="chevron" />
                  </Button>
                  <Button
                    size="sm"
                    variant="ghost"
                    className="log-icon-button log-icon-button--down"
                    aria-label={`Move practice item ${n} down`}
                    ref={partRef(`${item.key}:down`)}
                    disabled={index === items.length - 1}
                    onClick={() => move(index, 1, 'down')}
                  >
                    <Icon name="chevron" />
                  </Button>
                  <Button
                    size="sm"
                    variant="ghost"
                    className="log-icon-button"
                    aria-label={`Remove practice item ${n}`}
                    onClick={() => remove(index)}
                  >
                    <Icon name="close" />
                  </Button>
                </div>
              </li>
            );
          })}
        </ol>
      )}
      <div>
        <Button
          ref={addButton}
          size="sm"
          icon={<Icon name="plus" />}
          onClick={() => addAfter(items.length - 1)}
          disabled={full}
        >
          {items.length === 0 ? 'Add a practice item' : 'Add another'}
        </Button>
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
