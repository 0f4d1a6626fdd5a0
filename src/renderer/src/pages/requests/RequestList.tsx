import { Link } from 'react-router-dom';
import { REQUEST_OUTCOMES, REQUEST_OUTCOME_LABELS, type Request } from '../../../../shared/entities/request';
import { oneLine } from '../../../../shared/entities/timeline';
import { Badge } from '../../components/Badge';
import { Button, ButtonLink } from '../../components/Button';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { EmptyState } from '../../components/EmptyState';
import { Select } from '../../components/Field';
import { Icon } from '../../components/Icon';
import { PageHeader } from '../../components/PageHeader';
import { ErrorNotice, Loading } from '../../components/StatusViews';
import { Toggle } from '../../components/Toggle';
import { DirectionMark } from '../../components/log/LogPills';
import { LoadMore } from '../../components/log/LoadMore';
import { LogFilterPanel } from '../../components/log/LogFilterPanel';
import { useEnumFilter, useLogFilters } from '../../components/log/useLogFilters';
import { usePagedList } from '../../components/log/usePagedList';
import { TOOLTIP_CHARS, formatDay, plural } from '../../format';
import { OutcomeSelect } from './RequestOutcomeControls';
import { askedLine } from './requestWords';

const ASKED_BY_CHOICES = [
  { value: 'all' as const, label: 'All' },
  { value: 'me' as const, label: 'I asked' },
  { value: 'them' as const, label: 'They asked' },
];

/** Every request, newest first: who asked whom for what and how it turned out, the outcome changed right in the row. */
export function RequestList() {
  const filters = useLogFilters();
  const [askedBy, setAskedBy] = useEnumFilter('asked', ['me', 'them'] as const);
  const [outcome, setOutcome] = useEnumFilter('outcome', REQUEST_OUTCOMES);
  const { query, items, total } = usePagedList('requests.list', {
    ...filters.input,
    ...(askedBy === 'all' ? {} : { askedBy }),
    ...(outcome === 'all' ? {} : { outcome }),
  });
  const ownActive = askedBy !== 'all' || outcome !== 'all';
  const filtered = ownActive || filters.narrowed || filters.showDeleted;

  return (
    <>
      <PageHeader
        title="Requests"
        subtitle={
          total === undefined || (total === 0 && !filtered)
            ? 'What you ask of others and they ask of you — and whose needs get met.'
            : filtered
              ? `${plural(total, 'request')} match these filters`
              : `${plural(total, 'request')} · what you ask of others, what they ask of you, and how it turned out`
        }
        actions={
          <ButtonLink to="/requests/new" variant="primary" icon={<Icon name="plus" />}>
            Log a request
          </ButtonLink>
        }
      />
      <div className="toolbar">
        <ChoiceGroup legend="Who asked" hideLegend choices={ASKED_BY_CHOICES} value={askedBy} onChange={setAskedBy} />
        <Toggle label="Show deleted" checked={filters.showDeleted} onChange={filters.setShowDeleted} />
      </div>
      <LogFilterPanel label="Filter requests" filters={filters} ownActive={ownActive} dateLabels={['Asked from', 'Asked until']}>
        <Select
          label="Outcome"
          className="field--compact"
          value={outcome}
          onChange={(event) => setOutcome(event.target.value as typeof outcome)}
          options={[{ value: 'all', label: 'Any outcome' }, ...REQUEST_OUTCOMES.map((value) => ({ value, label: REQUEST_OUTCOME_LABELS[value] }))]}
        />
      </LogFilterPanel>
      {query.isPending ? (
        <Loading label="Loading requests…" />
      ) : query.isError ? (
        <ErrorNotice error={query.error} onRetry={() => void query.refetch()} />
      ) : items.length === 0 ? (
        filtered ? (
          <EmptyState icon="requests" title="No requests match" action={<Button onClick={filters.clearAll}>Clear filters</Button>}>
            <p>Nothing here fits every filter at once. Clear them to see every request you have logged.</p>
          </EmptyState>
        ) : (
          <EmptyState
            icon="requests"
            title="No requests yet"
            action={
              <ButtonLink to="/requests/new" variant="primary" icon={<Icon name="plus" />}>
                Log a request
              </ButtonLink>
            }
          >
            <p>
              Log what you ask of people — “review my mix”, “come to the opening” — and what they ask of you, then how
              each turned out. Both people can expect to have their needs met.
            </p>
          </EmptyState>
        )
      ) : (
        <>
          <ul className="rows log-rows" aria-label="Requests">
            {items.map((request) => (
              <RequestRow key={request.id} request={request} />
            ))}
          </ul>
          <LoadMore
            shown={items.length}
            total={total ?? items.length}
            noun={['request', 'requests']}
            hasMore={query.hasNextPage}
            loading={query.isFetchingNextPage}
            onMore={() => void query.fetchNextPage()}
          />
        </>
      )}
    </>
  );
}

function RequestRow({ request }: { request: Request }) {
  return (
    <li className={`row log-row${request.deletedAt ? ' row--archived' : ''}`}>
      {/* A request made of the user is the user giving; one the user made is the user's own request. */}
      <DirectionMark direction={request.askedBy === 'me' ? 'received' : 'given'} />
      <div className="row__main">
        <Link className="row__title stretched-link" to={`/requests/${request.id}`} title={oneLine(request.what, TOOLTIP_CHARS)}>
          {oneLine(request.what, 110)}
        </Link>
        <div className="row__meta">
          <span className="log-row__lead">{askedLine(request)}</span>
          {request.projectTitle && (
            <>
              <span className="dot-sep" aria-hidden="true" />
              <span>{request.projectTitle}</span>
            </>
          )}
          {request.dateResolved && (
            <>
              <span className="dot-sep" aria-hidden="true" />
              <span>
                {REQUEST_OUTCOME_LABELS[request.outcome]} {formatDay(request.dateResolved)}
              </span>
            </>
          )}
        </div>
      </div>
      <div className="row__side">
        {request.deletedAt ? <Badge tone="red">Deleted</Badge> : <OutcomeSelect request={request} />}
        <span className="row__date">{formatDay(request.dateAsked)}</span>
      </div>
    </li>
  );
}
