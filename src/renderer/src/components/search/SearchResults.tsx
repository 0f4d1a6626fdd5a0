/** The search results: a listbox of hits grouped by kind, each with its matches marked. */
import { SEARCH_LIMIT_MAX, type SearchGroup, type SearchHit, type SearchKind } from '../../../../shared/contract/search';
import { formatDay } from '../../format';
import { MarkedText } from './MarkedText';
import { kindLabel } from './searchWords';
import './SearchResults.css';

interface SearchResultsProps {
  listboxId: string;
  groups: readonly SearchGroup[];
  activeId: string | undefined;
  optionId: (hit: SearchHit) => string;
  onHover: (hit: SearchHit) => void;
  onOpen: (hit: SearchHit) => void;
  /** Narrows the search to one kind (a group's "Show all"). */
  onShowKind: (kind: SearchKind) => void;
  kindFilter: SearchKind | null;
}

export function SearchResults({ listboxId, groups, activeId, optionId, onHover, onOpen, onShowKind, kindFilter }: SearchResultsProps) {
  return (
    <div className="search-results" id={listboxId} role="listbox" aria-label="Results">
      {groups.map((group) => {
        const headingId = `${listboxId}-${group.kind}`;
        const more = group.total - group.hits.length;
        return (
          <div key={group.kind} className="search-group" role="group" aria-labelledby={headingId}>
            <div className="search-group__heading" role="presentation">
              <span id={headingId}>{kindLabel(group.kind, 'many')}</span>
              <span className="search-group__count">
                {group.total}
                {group.moreThanTotal ? '+' : ''}
              </span>
              {more > 0 && kindFilter !== group.kind && (
                // A pointer's shortcut to the "Look in" filter, which the keyboard reaches; hidden from the
                // listbox's tree, where only options may sit.
                <button
                  type="button"
                  className="search-group__more"
                  tabIndex={-1}
                  aria-hidden="true"
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => onShowKind(group.kind)}
                >
                  {group.moreThanTotal || group.total > SEARCH_LIMIT_MAX ? 'Show more' : `Show all ${group.total}`}
                </button>
              )}
            </div>
            {group.hits.map((hit) => (
              <Hit key={hit.id} hit={hit} id={optionId(hit)} active={optionId(hit) === activeId} onHover={onHover} onOpen={onOpen} />
            ))}
          </div>
        );
      })}
    </div>
  );
}

function Hit({ hit, id, active, onHover, onOpen }: { hit: SearchHit; id: string; active: boolean; onHover: (hit: SearchHit) => void; onOpen: (hit: SearchHit) => void }) {
  const facts = [hit.personName, hit.projectTitle, hit.date ? formatDay(hit.date) : null].filter(Boolean);
  return (
    <div
      id={id}
      role="option"
      aria-selected={active}
      className={`search-hit${active ? ' is-active' : ''}`}
      onMouseMove={() => !active && onHover(hit)}
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => onOpen(hit)}
    >
      <div className="search-hit__line">
        <span className="search-hit__title">
          {hit.title.text === '' ? <span className="search-hit__untitled">Untitled {kindLabel(hit.kind, 'one').toLowerCase()}</span> : <MarkedText value={hit.title} />}
        </span>
        {hit.archived && <span className="search-hit__archived">Archived</span>}
        {facts.length > 0 && <span className="search-hit__facts">{facts.join(' · ')}</span>}
      </div>
      {hit.snippet && (
        <div className="search-hit__snippet">
          <MarkedText value={hit.snippet} />
        </div>
      )}
    </div>
  );
}
