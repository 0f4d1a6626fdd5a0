/**
 * The timeline's rows, virtualised against the page's own scroll area (no box-in-a-box): only
 * the rows near the viewport are in the DOM, so 10,000 entries scroll as smoothly as 10, and
 * the next page is asked for while a screenful of rows is still left.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useState } from 'react';
import type { TimelineEntry } from '../../../../shared/entities/timeline';
import type { CameFrom } from '../entry/cameFrom';
import { plural } from '../../format';
import { TimelineRow } from './TimelineRow';
import '../StatusViews.css';
import './TimelineList.css';

const ROW_ESTIMATE = 84;
/** Ask for the next page while this many loaded rows are still below the last one drawn. */
const LOAD_AHEAD = 15;

interface TimelineListProps {
  label: string;
  entries: readonly TimelineEntry[];
  /** How many entries the filter matches in all, loaded or not. */
  total: number;
  hasMore: boolean;
  loadingMore: boolean;
  loadMore: () => void;
  otherOf: (entry: TimelineEntry) => string | null;
  /** This timeline's page, where an entry opened from it goes back to. */
  cameFrom: CameFrom;
}

/** The nearest ancestor that scrolls: the app's main column, or the page itself. */
function scrollParentOf(node: HTMLElement): HTMLElement {
  for (let parent = node.parentElement; parent; parent = parent.parentElement) {
    const { overflowY } = getComputedStyle(parent);
    if (overflowY === 'auto' || overflowY === 'scroll') return parent;
  }
  return document.scrollingElement instanceof HTMLElement ? document.scrollingElement : document.documentElement;
}

export function TimelineList({ label, entries, total, hasMore, loadingMore, loadMore, otherOf, cameFrom }: TimelineListProps) {
  const [list, setList] = useState<HTMLOListElement | null>(null);
  const [scroller, setScroller] = useState<HTMLElement | null>(null);
  // Where the list starts inside the scroll area; the content above it (header, cards) can change height.
  const [offset, setOffset] = useState(0);

  const attach = useCallback((node: HTMLOListElement | null) => {
    setList(node);
    setScroller(node ? scrollParentOf(node) : null);
  }, []);

  useEffect(() => {
    if (!list || !scroller) return;
    const measure = () => {
      const next = Math.round(list.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop);
      setOffset((current) => (current === next ? current : next));
    };
    // Fires once on observe, then whenever the page's content changes size.
    const observer = new ResizeObserver(measure);
    observer.observe(scroller.firstElementChild ?? scroller);
    return () => observer.disconnect();
  }, [list, scroller]);

  // The virtualiser hands back fresh measurements on every render; nothing here is memoised across renders.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: entries.length,
    getScrollElement: () => scroller,
    estimateSize: () => ROW_ESTIMATE,
    overscan: 8,
    scrollMargin: offset,
    getItemKey: (index) => {
      const entry = entries[index];
      return entry ? `${entry.type}:${entry.id}` : index;
    },
  });
  const rows = virtualizer.getVirtualItems();
  const lastDrawn = rows[rows.length - 1]?.index ?? -1;

  useEffect(() => {
    if (hasMore && !loadingMore && lastDrawn >= entries.length - LOAD_AHEAD) loadMore();
  }, [hasMore, loadingMore, lastDrawn, entries.length, loadMore]);

  return (
    <>
      <ol ref={attach} className="timeline__list" aria-label={label} style={{ height: virtualizer.getTotalSize() }}>
        {rows.map((row) => {
          const entry = entries[row.index];
          if (!entry) return null;
          return (
            <TimelineRow
              key={row.key}
              ref={virtualizer.measureElement}
              entry={entry}
              other={otherOf(entry)}
              cameFrom={cameFrom}
              index={row.index}
              setSize={total}
              style={{ transform: `translateY(${row.start - virtualizer.options.scrollMargin}px)` }}
            />
          );
        })}
      </ol>
      <div className="timeline__end" role="status">
        {loadingMore ? (
          <span className="timeline__loading">
            <span className="loading__spinner" aria-hidden="true" />
            Loading older entries…
          </span>
        ) : hasMore ? (
          <span>
            {entries.length} of {total} shown · scroll for more
          </span>
        ) : (
          <span>Start of the timeline · {plural(total, 'entry', 'entries')}</span>
        )}
      </div>
    </>
  );
}
