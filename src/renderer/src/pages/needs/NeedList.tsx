import { Link } from 'react-router-dom';
import { NEED_OUTCOMES, NEED_OUTCOME_LABELS, type Need } from '../../../../shared/entities/need';
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
import { OutcomeSelect } from './NeedOutcomeControls';
import { askedLine } from './needWords';

const ASKED_BY_CHOICES = [
  { value: 'all' as const, label: 'All' },
  { value: 'me' as const, label: 'I asked' },
  { value: 'them' as const, label: 'They asked' },
];

/** Every request, newest first: who asked whom for what and how it turned out, the outcome changed right in the row. */
export function NeedList() {
  const filters = useLogFilters();
  const [askedBy, setAskedBy] = useEnumFilter('asked', ['me', 'them'] as const);
  const [outcome, setOutcome] = useEnumFilter('outcome', NEED_OUTCOMES);
  const { query, items, total } = usePagedList('needs.list', {
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
          <ButtonLink to="/needs/new" variant="primary" icon={<Icon name="plus" />}>
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
          options={[{ value: 'all', label: 'Any outcome' }, ...NEED_OUTCOMES.map((value) => ({ value, label: NEED_OUTCOME_LABELS[value] }))]}
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
              <ButtonLink to="/needs/new" variant="primary" icon={<Icon name="plus" />}>
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
            {items.map((need) => (
              <NeedRow key={need.id} need={need} />
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

function NeedRow({ need }: { need: Need }) {
  return (
    <li className={`row log-row${need.deletedAt ? ' row--archived' : ''}`}>
      {/* A request made of the user is the user giving; one the user made is the user's own need. */}
      <DirectionMark direction={need.askedBy === 'me' ? 'received' : 'given'} />
      <div className="row__main">
        <Link className="row__title stretched-link" to={`/needs/${need.id}`} title={oneLine(need.what, TOOLTIP_CHARS)}>
          {oneLine(need.what, 110)}
        </Link>
        <div className="row__meta">
          <span className="log-row__lead">{askedLine(need)}</span>
          {need.projectTitle && (
            <>
              <span className="dot-sep" aria-hidden="true" />
              <span>{need.projectTitle}</span>
            </>
          )}
          {need.dateResolved && (
            <>
              <span className="dot-sep" aria-hidden="true" />
              <span>
                {NEED_OUTCOME_LABELS[need.outcome]} {formatDay(need.dateResolved)}
              </span>
            </>
          )}
        </div>
      </div>
      <div className="row__side">
        {need.deletedAt ? <Badge tone="red">Deleted</Badge> : <OutcomeSelect need={need} />}
        <span className="row__date">{formatDay(need.dateAsked)}</span>
      </div>
    </li>
  );
}
