/** Combobox: a type-ahead select over a short list (people, projects) — type a few letters, Enter or Tab takes the highlighted match. */
import { useId, useState, type KeyboardEvent, type Ref } from 'react';
import { ErrorMark } from '../Field';
import './Combobox.css';

export interface ComboOption {
  value: string;
  label: string;
  /** A second, quieter line such as a person's roles. */
  hint?: string;
}

interface ComboboxProps {
  label: string;
  options: readonly ComboOption[];
  value: string | null;
  onChange: (value: string | null) => void;
  /** Called after a choice made from the keyboard with Enter, so the form can move on. */
  onPicked?: (value: string) => void;
  placeholder?: string;
  optional?: boolean;
  error?: string | undefined;
  /** Shown in the list when nothing matches what was typed. */
  noMatch: (query: string) => string;
  inputRef?: Ref<HTMLInputElement>;
  /** Marks the input for the form's "focus the first field that needs input". */
  fieldName: string;
}

const MAX_SHOWN = 8;

/** Names starting with the text first, then names with a word starting with it, then any containing it. */
export function matchOptions(options: readonly ComboOption[], query: string): ComboOption[] {
  const q = query.trim().toLowerCase();
  if (q === '') return options.slice(0, MAX_SHOWN);
  const rank = (label: string) => {
    const text = label.toLowerCase();
    if (text.startsWith(q)) return 0;
    if (text.split(/\s+/).some((word) => word.startsWith(q))) return 1;
    return text.includes(q) ? 2 : -1;
  };
  return options
    .map((option) => ({ option, rank: rank(option.label) }))
    .filter((entry) => entry.rank >= 0)
    .sort((a, b) => a.rank - b.rank)
    .slice(0, MAX_SHOWN)
    .map((entry) => entry.option);
}

export function Combobox({
  label,
  options,
  value,
  onChange,
  onPicked,
  placeholder,
  optional,
  error,
  noMatch,
  inputRef,
  fieldName,
}: ComboboxProps) {
  const id = useId();
  const listId = `${id}-list`;
  const errorId = `${id}-error`;
  const selected = options.find((option) => option.value === value) ?? null;
  // While the user types, `query` holds their text; otherwise the input shows the chosen label.
  const [query, setQuery] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);

  const text = query ?? selected?.label ?? '';
  const matches = matchOptions(options, query ?? '');
  const activeOption = open ? matches[Math.min(active, matches.length - 1)] : undefined;

  const pick = (option: ComboOption | null) => {
    onChange(option?.value ?? null);
    setQuery(null);
    setOpen(false);
    setActive(0);
  };

  // Leaving the field settles it: typed text takes its best match, an emptied optional field clears.
  const settle = () => {
    if (query === null) return setOpen(false);
    if (query.trim() === '') return pick(optional ? null : selected);
    pick(matches[Math.min(active, matches.length - 1)] ?? selected);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault();
        if (!open) {
          setOpen(true);
          setActive(Math.max(0, matches.findIndex((option) => option.value === value)));
          return;
        }
        const step = event.key === 'ArrowDown' ? 1 : -1;
        setActive((index) => (Math.min(index, matches.length - 1) + step + matches.length) % Math.max(matches.length, 1));
        return;
      }
      case 'Enter':
        if (!open || event.ctrlKey || event.metaKey) return;
        // The list is open: Enter chooses, it does not submit the form.
        event.preventDefault();
        event.stopPropagation();
        if (activeOption) {
          pick(activeOption);
          onPicked?.(activeOption.value);
        }
        return;
      case 'Escape':
        if (!open && query === null) return;
        // Closes the list (and drops the typing), not the dialog around it.
        event.preventDefault();
        event.stopPropagation();
        setQuery(null);
        setOpen(false);
        return;
      case 'Tab':
        settle();
        return;
    }
  };

  return (
    <div className={`field combobox${error ? ' field--invalid' : ''}`}>
      <label className="field__label" htmlFor={id}>
        {label}
        {optional && <span className="field__optional">optional</span>}
      </label>
      <div className="combobox__wrap">
        <input
          ref={inputRef}
          id={id}
          className="control combobox__input"
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={listId}
          aria-activedescendant={activeOption ? `${id}-opt-${activeOption.value}` : undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          data-field={fieldName}
          placeholder={placeholder}
          value={text}
          onChange={(event) => {
            setQuery(event.target.value);
            setOpen(true);
            setActive(0);
          }}
          onFocus={(event) => event.target.select()}
          onClick={() => setOpen(true)}
          onBlur={settle}
          onKeyDown={onKeyDown}
        />
        <ul className="combobox__list" id={listId} role="listbox" aria-label={label} hidden={!open}>
          {matches.length === 0 ? (
            <li className="combobox__empty" role="presentation">
              {noMatch(query ?? '')}
            </li>
          ) : (
            matches.map((option) => (
              <li
                key={option.value}
                id={`${id}-opt-${option.value}`}
                role="option"
                aria-selected={option === activeOption}
                className={`combobox__option${option.value === value ? ' is-chosen' : ''}`}
                // mousedown would blur the input first and settle on the wrong option.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => pick(option)}
              >
                <span className="combobox__label">{option.label}</span>
                {option.hint && <span className="combobox__hint">{option.hint}</span>}
              </li>
            ))
          )}
        </ul>
      </div>
      {error && (
        <p className="field__error" id={errorId}>
          <ErrorMark />
          {error}
        </p>
      )}
    </div>
  );
}
