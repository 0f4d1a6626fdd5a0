/** LoadMore: "Showing 50 of 312" under a paged list, and the button that fetches the next page. */
import { plural } from '../../format';
import { Button } from '../Button';
import './LoadMore.css';

interface LoadMoreProps {
  shown: number;
  total: number;
  /** "entry" → "entries" etc. */
  noun: [one: string, many: string];
  hasMore: boolean;
  loading: boolean;
  onMore: () => void;
}

export function LoadMore({ shown, total, noun, hasMore, loading, onMore }: LoadMoreProps) {
  return (
    <div className="load-more">
      <p className="load-more__count" aria-live="polite">
        {shown >= total ? `${plural(total, noun[0], noun[1])}` : `Showing ${shown} of ${plural(total, noun[0], noun[1])}`}
      </p>
      {hasMore && (
        <Button size="sm" onClick={onMore} busy={loading}>
          {loading ? 'Loading…' : 'Load more'}
        </Button>
      )}
    </div>
  );
}
