/**
 * The search dialog: one box that finds any word in any entry, person or project as you type.
 * A combobox over a listbox of results grouped by kind; the arrow keys move through the results
 * (aria-activedescendant, focus stays in the box), Enter opens one, Esc closes and focus goes
 * back to where it was.
 */
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { SEARCH_KINDS, searchHref, type SearchHit, type SearchKind } from '../../../../shared/contract/search';
import { Icon } from '../Icon';
import { useModalDialog } from '../useModalDialog';
import { CollaboratorSelect } from '../log/CollaboratorSelect';
import { ProjectSelect } from '../log/ProjectSelect';
import { SearchResults } from './SearchResults';
import { kindLabel, resultCount } from './searchWords';
import { useSearch, type SearchFilters } from './useSearch';
import './SearchDialog.css';

interface SearchDialogProps {
  open: boolean;
  onClose: () => void;
}

/** The box is focused with its text selected each time the dialog opens. */
function focusBoxOf(input: HTMLInputElement | null): void {
  input?.focus();
  input?.select();
}

export function SearchDialog({ open, onClose }: SearchDialogProps) {
  const inputRef = useRef<HTMLInputElement>(null);
  const ref = useModalDialog(open, onClose, () => focusBoxOf(inputRef.current));
  const navigate = useNavigate();
  const ids = { title: useId(), listbox: useId(), status: useId() };
  const [text, setText] = useState('');
  const [filters, setFilters] = useState<SearchFilters>({ kind: null, personId: '', projectId: '' });
  /** The option the arrow keys are on; the first hit when it is no longer among them. */
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const { query, asked } = useSearch(text, filters, open);

  const result = asked === '' ? undefined : query.data;
  const hits = useMemo(() => result?.groups.flatMap((group) => group.hits) ?? [], [result]);
  const keyOf = (hit: SearchHit) => `${hit.kind}-${hit.id}`;
  const activeIndex = Math.max(0, hits.findIndex((hit) => keyOf(hit) === activeKey));
  const current = hits[activeIndex];
  const optionId = (hit: SearchHit) => `${ids.listbox}-${keyOf(hit)}`;

  const openHit = (hit: SearchHit) => {
    onClose();
    navigate(searchHref(hit.kind, hit.id));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (hits.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      const next = hits[(activeIndex + step + hits.length) % hits.length];
      if (next) setActiveKey(keyOf(next));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (current) openHit(current);
    }
  };

  const currentId = current ? optionId(current) : undefined;
  useEffect(() => {
    if (currentId) document.getElementById(currentId)?.scrollIntoView({ block: 'nearest' });
  }, [currentId]);

  const setKind = (kind: SearchKind | null) => {
    setFilters((before) => ({ ...before, kind }));
    inputRef.current?.focus();
  };

  const filtered = filters.kind !== null || filters.personId !== '' || filters.projectId !== '';
  const status = statusLine({ asked, text, hits: hits.length, loading: query.isFetching, failed: query.isError, terms: result?.terms.length, filtered });

  return (
    <dialog ref={ref} className="search-dialog" aria-labelledby={ids.title}>
      {open && (
        <div className="search-dialog__panel">
          <h2 className="visually-hidden" id={ids.title}>
            Search
          </h2>
          <div className="search-dialog__box">
            <Icon name="search" />
            <input
              ref={inputRef}
              className="search-dialog__input"
              type="text"
              role="combobox"
              aria-label="Search entries, people and projects"
              aria-expanded={hits.length > 0}
              aria-controls={ids.listbox}
              aria-autocomplete="list"
              aria-activedescendant={currentId}
              aria-describedby={ids.status}
              placeholder="Search entries, people and projects"
              autoComplete="off"
              spellCheck={false}
              maxLength={200}
              value={text}
              onChange={(event) => setText(event.target.value)}
              onKeyDown={onKeyDown}
            />
            {query.isFetching && asked !== '' && <span className="search-dialog__busy" aria-hidden="true" />}
            <kbd className="search-dialog__esc">Esc</kbd>
          </div>
          <div className="search-dialog__filters">
            <div className="search-chips" role="group" aria-label="Look in">
              {[null, ...SEARCH_KINDS].map((kind) => (
                <button
                  key={kind ?? 'all'}
                  type="button"
                  className="search-chip"
                  aria-pressed={filters.kind === kind}
                  onClick={() => setKind(kind)}
                >
                  {kind ? kindLabel(kind, 'many') : 'Everything'}
                </button>
              ))}
            </div>
            <div className="search-dialog__pickers">
              <CollaboratorSelect
                label="With"
                anyLabel="Anyone"
                className="search-dialog__picker"
                value={filters.personId}
                onChange={(personId) => setFilters((before) => ({ ...before, personId }))}
              />
              <ProjectSelect
                label="In project"
                anyLabel="Any project"
                className="search-dialog__picker"
                value={filters.projectId}
                onChange={(projectId) => setFilters((before) => ({ ...before, projectId }))}
              />
            </div>
          </div>
          <SearchResults
            listboxId={ids.listbox}
            groups={result?.groups ?? []}
            activeId={currentId}
            optionId={optionId}
            onHover={(hit) => setActiveKey(keyOf(hit))}
            onOpen={openHit}
            onShowKind={setKind}
            kindFilter={filters.kind}
          />
          <p className={`search-dialog__status${status.tone === 'error' ? ' is-error' : ''}`} id={ids.status} role="status">
            {status.text}
          </p>
          <footer className="search-dialog__keys" aria-hidden="true">
            <span>
              <kbd>↑</kbd> <kbd>↓</kbd> move
            </span>
            <span>
              <kbd>Enter</kbd> open
            </span>
            <span>
              <kbd>Esc</kbd> close
            </span>
          </footer>
        </div>
      )}
    </dialog>
  );
}

interface StatusFacts {
  asked: string;
  text: string;
  hits: number;
  loading: boolean;
  failed: boolean;
  terms: number | undefined;
  filtered: boolean;
}

/** What the line under the results says: the empty, searching, no-result and error states in words. */
function statusLine({ asked, text, hits, loading, failed, terms, filtered }: StatusFacts): { text: string; tone?: 'error' } {
  if (text.trim() === '') return { text: 'Type a word to find it in any entry, person or project.' };
  if (failed) return { text: 'Search did not work this time. Try again; if it keeps failing, restart Counterpoint.', tone: 'error' };
  if (asked === '' || (loading && hits === 0)) return { text: 'Searching…' };
  if (terms === 0) return { text: 'Type letters or numbers to search for; punctuation alone finds nothing.' };
  if (hits === 0) {
    return { text: `Nothing matches “${asked}”. ${filtered ? 'Try fewer words, or clear the filters.' : 'Try fewer or shorter words.'}` };
  }
  return { text: `${resultCount(hits)} shown for “${asked}”.` };
}
