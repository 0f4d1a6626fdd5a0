import { KINDS, LEDGER_KINDS } from '../../../../shared/kinds';
import { BENEFITS, BENEFIT_LABELS, ExchangeSource, type Exchange } from '../../../../shared/entities/exchange';
import { oneLine } from '../../../../shared/entities/timeline';
import { ButtonLink } from '../../components/Button';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { Icon } from '../../components/Icon';
import { DIRECTION_FILTER_CHOICES } from '../../components/log/DirectionToggle';
import { EnumFilterSelect } from '../../components/log/LogFilterPanel';
import { LogList, type LogListWords } from '../../components/log/LogList';
import { BenefitBadge, DirectionMark, WeightPips } from '../../components/log/LogPills';
import { LogRow, MetaPart } from '../../components/log/LogRow';
import { ownFilters, useEnumFilter } from '../../components/log/useLogFilters';
import { TOOLTIP_CHARS } from '../../format';
import { LedgerTotals } from './LedgerTotals';
import { exchangeTitle, initiativeWords, sourceEditHref } from './exchangeWords';
import '../../components/surfaces/rows.css';
import './ExchangeList.css';

const SOURCE_FILTER_LABELS = Object.fromEntries(LEDGER_KINDS.map((kind) => [kind, KINDS[kind].labels.many])) as Record<ExchangeSource, string>;

const WORDS: LogListWords = {
  intro:
    'Everything that passed between you and the people you work with: feedback and lessons count here on their own, other help you log.',
  noun: ['exchange', 'exchanges'],
  loading: 'Loading the ledger…',
  filterLabel: 'Filter the ledger',
  listLabel: 'Exchanges',
  empty: {
    title: 'The ledger is empty',
    text: 'Feedback and lessons appear here by themselves as you log them. Log other help directly — “Sam introduced me to a gallery” — with what it brought and how much it mattered.',
  },
  noMatch: {
    title: 'Nothing matches',
    text: 'No exchange fits every filter at once. Clear them to see the whole ledger.',
  },
};

/**
 * The give-and-take ledger: every exchange, derived from feedback and lessons or logged
 * directly as help, with the weight given and received across whatever the filters match.
 */
export function ExchangeList() {
  const [direction, setDirection] = useEnumFilter('direction', ['given', 'received'] as const);
  const [benefit, setBenefit] = useEnumFilter('benefit', BENEFITS);
  const [source, setSource] = useEnumFilter('source', ExchangeSource.options);
  return (
    <LogList
      kind="help"
      icon="exchanges"
      words={WORDS}
      own={ownFilters({ direction, benefit, source })}
      lead={({ first, filtered, pending }) =>
        // While the first page is on its way its totals keep their place, so the filters below do not jump down.
        first ? <LedgerTotals totals={first.totals} count={first.total} filtered={filtered} /> : pending && <LedgerTotals />
      }
      toolbar={<ChoiceGroup legend="Direction" hideLegend choices={DIRECTION_FILTER_CHOICES} value={direction} onChange={setDirection} />}
      row={(exchange) => <ExchangeRow key={exchange.id} exchange={exchange} />}
    >
      <EnumFilterSelect label="Benefit" anyLabel="Any benefit" options={BENEFITS} labels={BENEFIT_LABELS} value={benefit} onChange={setBenefit} />
      <EnumFilterSelect
        label="Comes from"
        anyLabel="Anywhere"
        options={ExchangeSource.options}
        labels={SOURCE_FILTER_LABELS}
        value={source}
        onChange={setSource}
      />
    </LogList>
  );
}

function ExchangeRow({ exchange }: { exchange: Exchange }) {
  const title = exchange.summary ? oneLine(exchange.summary, 110) : exchangeTitle(exchange);
  return (
    <LogRow
      className="ledger-row"
      mark={<DirectionMark direction={exchange.direction} />}
      href={exchange.sourceHref}
      title={title}
      tooltip={exchange.summary ? oneLine(exchange.summary, TOOLTIP_CHARS) : title}
      side={
        <>
          <span className="source-tag" title={`From a ${KINDS[exchange.source].labels.noun} entry`}>
            {KINDS[exchange.source].labels.one}
          </span>
          <BenefitBadge benefit={exchange.benefit} />
          <ButtonLink
            to={sourceEditHref(exchange)}
            size="sm"
            variant="ghost"
            className="row__control"
            aria-label={exchange.source === 'help' ? `Edit “${title}”` : `Edit the ${KINDS[exchange.source].labels.noun} behind “${title}”`}
          >
            <Icon name="edit" />
          </ButtonLink>
        </>
      }
      date={exchange.date}
    >
      <span className="log-row__lead">
        {exchange.direction === 'received' ? 'Received from' : 'Given to'} {exchange.collaboratorName}
      </span>
      <WeightPips weight={exchange.weight} />
      <MetaPart>{initiativeWords(exchange)}</MetaPart>
      {exchange.projectTitle && <MetaPart>{exchange.projectTitle}</MetaPart>}
    </LogRow>
  );
}
