/**
 * Timeline: everything that passed between the user and a person, or on a project — feedback,
 * lessons, help and requests — in one stream, newest first. Filters live in the address, so
 * Back and reload keep them; the empty state offers quick capture, preset to this page.
 */
import { useCallback } from 'react';
import { Direction } from '../../../../shared/entities/exchange';
import { TimelineType, type TimelineEntry } from '../../../../shared/entities/timeline';
import { useUrlState } from '../../hooks/useUrlState';
import { Button } from '../Button';
import { Card } from '../Card';
import { EmptyState } from '../EmptyState';
import { Icon } from '../Icon';
import { ErrorNotice, Loading } from '../StatusViews';
import { openQuickCapture } from '../capture/captureStore';
import { useHere } from '../entry/cameFrom';
import { modKey } from '../capture/shortcutLabel';
import { DirectionSwitch, KindChips } from './TimelineFilters';
import { TimelineList } from './TimelineList';
import { useTimeline, type DirectionFilter, type TimelineScope, type TypeFilter } from './useTimeline';
import './Timeline.css';

interface TimelineProps {
  scope: TimelineScope;
  /** The person's name or the project's title, for headings and labels. */
  name: string;
  /** An archived person or project: shown, but nothing new is logged from here. */
  readOnly?: boolean;
}

const parseType = (raw: string | null): TypeFilter => {
  const parsed = TimelineType.safeParse(raw);
  return parsed.success ? parsed.data : 'all';
};
const parseDirection = (raw: string | null): DirectionFilter => {
  const parsed = Direction.safeParse(raw);
  return parsed.success ? parsed.data : 'all';
};
const allAsNull = (value: string) => (value === 'all' ? null : value);

export function Timeline({ scope, name, readOnly = false }: TimelineProps) {
  const [type, setType] = useUrlState<TypeFilter>('show', parseType, allAsNull);
  const [direction, setDirection] = useUrlState<DirectionFilter>('direction', parseDirection, allAsNull);
  const { query, entries, counts } = useTimeline(scope, type, direction);
  const forPerson = 'collaboratorId' in scope;
  // An entry opened from here comes back here, also once it is deleted.
  const here = useHere(name);

  const logHere = () => openQuickCapture(forPerson ? { collaboratorId: scope.collaboratorId } : { projectId: scope.projectId });
  const otherOf = useCallback(
    (entry: TimelineEntry) => (forPerson ? entry.projectTitle : entry.collaboratorName),
    [forPerson],
  );
  const { fetchNextPage } = query;
  const loadMore = useCallback(() => void fetchNextPage(), [fetchNextPage]);

  const filtered = type !== 'all' || direction !== 'all';
  const total = counts ? (type === 'all' ? counts.total : counts[type]) : 0;
  const nothingYet = counts !== undefined && counts.total === 0 && direction === 'all';

  const logButton = (variant: 'primary' | 'secondary') => (
    <Button variant={variant} size="sm" icon={<Icon name="plus" />} onClick={logHere}>
      {variant === 'primary' ? 'Log something' : 'Log'}
    </Button>
  );

  return (
    <Card
      title="Timeline"
      flush
      className="timeline"
      actions={
        nothingYet ? undefined : (
          <>
            <DirectionSwitch value={direction} onChange={setDirection} />
            {!readOnly && logButton('secondary')}
          </>
        )
      }
    >
      {!nothingYet && (
        <div className="timeline__filters">
          <KindChips value={type} counts={counts} onChange={setType} />
        </div>
      )}
      {query.isPending ? (
        <Loading label="Loading the timeline…" />
      ) : query.isError ? (
        <div className="timeline__notice">
          <ErrorNotice error={query.error} onRetry={() => void query.refetch()} />
        </div>
      ) : nothingYet ? (
        <EmptyState
          compact
          icon="sparkle"
          title={forPerson ? `Nothing logged with ${name} yet` : `Nothing logged on ${name} yet`}
          action={
            readOnly ? undefined : (
              <div className="timeline__start">
                {logButton('primary')}
                <p className="timeline__hint">
                  or press <kbd>{modKey()}</kbd> <kbd>L</kbd> anywhere
                </p>
              </div>
            )
          }
        >
          <p>
            Feedback given and received, lessons, help and requests {forPerson ? 'with them' : 'on this project'} show up
            here, newest first.
          </p>
        </EmptyState>
      ) : entries.length === 0 ? (
        <EmptyState
          compact
          icon="feedback"
          title="Nothing matches these filters"
          action={
            filtered ? (
              <Button
                size="sm"
                onClick={() => {
                  setType('all');
                  setDirection('all');
                }}
              >
                Show everything
              </Button>
            ) : undefined
          }
        >
          <p>Try another kind or direction.</p>
        </EmptyState>
      ) : (
        <TimelineList
          label={forPerson ? `Timeline with ${name}` : `Timeline of ${name}`}
          entries={entries}
          total={total}
          // Rows kept from the previous filter are not pages of this one: never page on from them.
          hasMore={query.hasNextPage && !query.isPlaceholderData}
          loadingMore={query.isFetchingNextPage}
          loadMore={loadMore}
          otherOf={otherOf}
          cameFrom={here}
        />
      )}
    </Card>
  );
}
