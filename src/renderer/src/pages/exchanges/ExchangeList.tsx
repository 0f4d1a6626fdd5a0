import { KINDS, LEDGER_KINDS } from '../../../../shared/kinds';
import { Link } from 'react-router-dom';
import {
  BENEFITS,
  BENEFIT_LABELS,
  ExchangeSource,
  type Exchange,
} from '../../../../shared/entities/exchange';
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
import { BenefitBadge, DirectionMark, WeightPips } from '../../components/log/LogPills';
import { LoadMore } from '../../components/log/LoadMore';
import { LogFilterPanel } from '../../components/log/LogFilterPanel';
import { useEnumFilter, useLogFilters } from '../../components/log/useLogFilters';
import { usePagedList } from '../../components/log/usePagedList';
import { TOOLTIP_CHARS, formatDay } from '../../format';
import { LedgerTotals } from './LedgerTotals';
import { exchangeTitle, sourceEditHref } from './exchangeWords';

const DIRECTION_CHOICES = [
  { value: 'all' as const, label: 'All' },
  { value: 'given' as const, label: 'Given', adornment: <DirectionMark direction="given" /> },
  { value: 'received' as const, label: 'Received', adornment: <DirectionMark direction="received" /> },
];

const SOURCE_FILTER_LABELS = Object.fromEntries(LEDGER_KINDS.map((kind) => [kind, KINDS[kind].labels.many])) as Record<ExchangeSource, string>;

const FROM_WORDS: Record<ExchangeSource, string> = {
  feedback: 'From feedback',
  lesson: 'From a lesson',
  help: 'Help',
};

/**
 * The give-and-take ledger: every exchange, derived from feedback and lessons or logged
 * directly as help, with the weight given and received across whatever the filters match.
 */
export function ExchangeList() {
  const filters = useLogFilters();
  const [direction, setDirection] = useEnumFilter('direction', ['given', 'received'] as const);
  const [benefit, setBenefit] = useEnumFilter('benefit', BENEFITS);
  const [source, setSource] = useEnumFilter('source', ExchangeSource.options);
  const { query, items, total, first } = usePagedList('exchanges.list', {
    ...filters.input,
    ...(direction === 'all' ? {} : { direction }),
    ...(benefit === 'all' ? {} : { benefit }),
    ...(source === 'all' ? {} : { source }),
  });
  const ownActive = direction !== 'all' || benefit !== 'all' || source !== 'all';
  const filtered = ownActive || filters.narrowed || filters.showDeleted;

  return (
    <>
      <PageHeader
        title="Give & take"
        subtitle="Everything that passed between you and the people you work with: feedback and lessons count here on their own, other help you log."
        actions={
          <ButtonLink to="/help/new" variant="primary" icon={<Icon name="plus" />}>
            Log help
          </ButtonLink>
        }
      />
      {first && <LedgerTotals totals={first.totals} count={first.total} filtered={filtered} />}
      <div className="toolbar">
        <ChoiceGroup legend="Direction" hideLegend choices={DIRECTION_CHOICES} value={direction} onChange={setDirection} />
        <Toggle label="Show deleted" checked={filters.showDeleted} onChange={filters.setShowDeleted} />
      </div>
      <LogFilterPanel label="Filter the ledger" filters={filters} ownActive={ownActive}>
        <Select
          label="Benefit"
          className="field--compact"
          value={benefit}
          onChange={(event) => setBenefit(event.target.value as typeof benefit)}
          options={[{ value: 'all', label: 'Any benefit' }, ...BENEFITS.map((value) => ({ value, label: BENEFIT_LABELS[value] }))]}
        />
        <Select
          label="Comes from"
          className="field--compact"
          value={source}
          onChange={(event) => setSource(event.target.value as typeof source)}
          options={[
            { value: 'all', label: 'Anywhere' },
            ...ExchangeSource.options.map((value) => ({ value, label: SOURCE_FILTER_LABELS[value] })),
          ]}
        />
      </LogFilterPanel>
      {query.isPending ? (
        <Loading label="Loading the ledger…" />
      ) : query.isError ? (
        <ErrorNotice error={query.error} onRetry={() => void query.refetch()} />
      ) : items.length === 0 ? (
        filtered ? (
          <EmptyState icon="exchanges" title="Nothing matches" action={<Button onClick={filters.clearAll}>Clear filters</Button>}>
            <p>No exchange fits every filter at once. Clear them to see the whole ledger.</p>
          </EmptyState>
        ) : (
          <EmptyState
            icon="exchanges"
            title="The ledger is empty"
            action={
              <ButtonLink to="/help/new" variant="primary" icon={<Icon name="plus" />}>
                Log help
              </ButtonLink>
            }
          >
            <p>
              Feedback and lessons appear here by themselves as you log them. Log other help directly — “Sam introduced
              me to a gallery” — with what it brought and how much it mattered.
            </p>
          </EmptyState>
        )
      ) : (
        <>
          <ul className="rows log-rows" aria-label="Exchanges">
            {items.map((exchange) => (
              <ExchangeRow key={exchange.id} exchange={exchange} />
            ))}
          </ul>
          <LoadMore
            shown={items.length}
            total={total ?? items.length}
            noun={['exchange', 'exchanges']}
            hasMore={query.hasNextPage}
            loading={query.isFetchingNextPage}
            onMore={() => void query.fetchNextPage()}
          />
        </>
      )}
    </>
  );
}

function ExchangeRow({ exchange }: { exchange: Exchange }) {
  const title = exchange.summary ? oneLine(exchange.summary, 110) : exchangeTitle(exchange);
  return (
    <li className={`row log-row ledger-row${exchange.deletedAt ? ' row--archived' : ''}`}>
      <DirectionMark direction={exchange.direction} />
      <div className="row__main">
        <Link
          className="row__title stretched-link"
          to={exchange.sourceHref}
          title={exchange.summary ? oneLine(exchange.summary, TOOLTIP_CHARS) : title}
        >
          {title}
        </Link>
        <div className="row__meta">
          <span className="log-row__lead">
            {exchange.direction === 'received' ? 'Received from' : 'Given to'} {exchange.collaboratorName}
          </span>
          <WeightPips weight={exchange.weight} />
          <span className="dot-sep" aria-hidden="true" />
          <span>{exchange.initiatedBy === 'me' ? 'your idea' : 'their idea'}</span>
          {exchange.projectTitle && (
            <>
              <span className="dot-sep" aria-hidden="true" />
              <span>{exchange.projectTitle}</span>
            </>
          )}
        </div>
      </div>
      <div className="row__side">
        {exchange.deletedAt ? (
          <Badge tone="red">Deleted</Badge>
        ) : (
          <>
            <span className={`source-tag source-tag--${exchange.source}`} title={`${KINDS[exchange.source].labels.one} entry`}>
              {FROM_WORDS[exchange.source]}
            </span>
            <BenefitBadge benefit={exchange.benefit} />
            <ButtonLink
              to={sourceEditHref(exchange)}
              size="sm"
              variant="ghost"
              className="row__control"
              aria-label={exchange.source === 'help' ? `Edit “${title}”` : `Edit the ${exchange.source === 'feedback' ? 'feedback' : 'lesson'} behind “${title}”`}
            >
              <Icon name="edit" />
            </ButtonLink>
          </>
        )}
        <span className="row__date">{formatDay(exchange.date)}</span>
      </div>
    </li>
  );
}
