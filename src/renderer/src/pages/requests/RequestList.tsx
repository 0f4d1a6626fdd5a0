import { REQUEST_OUTCOMES, REQUEST_OUTCOME_LABELS, type Request } from '../../../../shared/entities/request';
import { oneLine } from '../../../../shared/entities/timeline';
import { entryHref } from '../../../../shared/kinds';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { EnumFilterSelect } from '../../components/log/LogFilterPanel';
import { LogList, type LogListWords } from '../../components/log/LogList';
import { DirectionMark } from '../../components/log/LogPills';
import { LogRow, MetaPart } from '../../components/log/LogRow';
import { ownFilters, useEnumFilter } from '../../components/log/useLogFilters';
import { TOOLTIP_CHARS, formatDay } from '../../format';
import { OutcomeSelect } from './RequestOutcomeControls';
import { askedLine } from './requestWords';
import '../../components/surfaces/rows.css';

const ASKED_BY_CHOICES = [
  { value: 'all' as const, label: 'All' },
  { value: 'me' as const, label: 'I asked' },
  { value: 'them' as const, label: 'They asked' },
];

const WORDS: LogListWords = {
  intro: 'What you ask of others and they ask of you — and whose needs get met.',
  counted: 'what you ask of others, what they ask of you, and how it turned out',
  noun: ['request', 'requests'],
  loading: 'Loading requests…',
  filterLabel: 'Filter requests',
  listLabel: 'Requests',
  empty: {
    title: 'No requests yet',
    text: 'Log what you ask of people — “review my mix”, “come to the opening” — and what they ask of you, then how each turned out. Both people can expect to have their needs met.',
  },
  noMatch: {
    title: 'No requests match',
    text: 'Nothing here fits every filter at once. Clear them to see every request you have logged.',
  },
};

/** Every request, newest first: who asked whom for what and how it turned out, the outcome changed right in the row. */
export function RequestList() {
  const [askedBy, setAskedBy] = useEnumFilter('asked', ['me', 'them'] as const);
  const [outcome, setOutcome] = useEnumFilter('outcome', REQUEST_OUTCOMES);
  return (
    <LogList
      kind="request"
      icon="requests"
      words={WORDS}
      own={ownFilters({ askedBy, outcome })}
      toolbar={<ChoiceGroup legend="Who asked" hideLegend choices={ASKED_BY_CHOICES} value={askedBy} onChange={setAskedBy} />}
      dateLabels={['Asked from', 'Asked until']}
      row={(request) => <RequestRow key={request.id} request={request} />}
    >
      <EnumFilterSelect label="Outcome" anyLabel="Any outcome" options={REQUEST_OUTCOMES} labels={REQUEST_OUTCOME_LABELS} value={outcome} onChange={setOutcome} />
    </LogList>
  );
}

function RequestRow({ request }: { request: Request }) {
  return (
    <LogRow
      // A request made of the user is the user giving; one the user made is the user's own request.
      mark={<DirectionMark direction={request.askedBy === 'me' ? 'received' : 'given'} />}
      href={entryHref('request', request.id)}
      title={oneLine(request.what, 110)}
      tooltip={oneLine(request.what, TOOLTIP_CHARS)}
      side={<OutcomeSelect request={request} />}
      date={request.dateAsked}
    >
      <span className="log-row__lead">{askedLine(request)}</span>
      {request.projectTitle && <MetaPart>{request.projectTitle}</MetaPart>}
      {request.dateResolved && (
        <MetaPart>
          {REQUEST_OUTCOME_LABELS[request.outcome]} {formatDay(request.dateResolved)}
        </MetaPart>
      )}
    </LogRow>
  );
}
