import { Link } from 'react-router-dom';
import {
  FEEDBACK_KINDS,
  FEEDBACK_KIND_LABELS,
  FEEDBACK_STATUSES,
  FEEDBACK_STATUS_LABELS,
  type Feedback,
} from '../../../../shared/entities/feedback';
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
import { DirectionMark, FeedbackStatusPill } from '../../components/log/LogPills';
import { LoadMore } from '../../components/log/LoadMore';
import { LogFilterPanel } from '../../components/log/LogFilterPanel';
import { useEnumFilter, useLogFilters } from '../../components/log/useLogFilters';
import { usePagedList } from '../../components/log/usePagedList';
import { TOOLTIP_CHARS, formatDay, plural } from '../../format';

const DIRECTION_CHOICES = [
  { value: 'all' as const, label: 'All' },
  { value: 'given' as const, label: 'Given', adornment: <DirectionMark direction="given" /> },
  { value: 'received' as const, label: 'Received', adornment: <DirectionMark direction="received" /> },
];

/** Every piece of feedback, newest first, filtered by direction, status, kind, person, project and dates (all kept in the address). */
export function FeedbackList() {
  const filters = useLogFilters();
  const [direction, setDirection] = useEnumFilter('direction', ['given', 'received'] as const);
  const [status, setStatus] = useEnumFilter('status', FEEDBACK_STATUSES);
  const [kind, setKind] = useEnumFilter('kind', FEEDBACK_KINDS);
  const { query, items, total } = usePagedList('feedback.list', {
    ...filters.input,
    ...(direction === 'all' ? {} : { direction }),
    ...(status === 'all' ? {} : { status }),
    ...(kind === 'all' ? {} : { kind }),
  });
  const ownActive = direction !== 'all' || status !== 'all' || kind !== 'all';
  const filtered = ownActive || filters.narrowed || filters.showDeleted;

  return (
    <>
      <PageHeader
        title="Feedback"
        subtitle={
          total === undefined || (total === 0 && !filtered)
            ? 'What you give and get, and what became of it.'
            : filtered
              ? `${plural(total, 'entry', 'entries')} match these filters`
              : `${plural(total, 'entry', 'entries')} · what you give and get, and what became of it`
        }
        actions={
          <ButtonLink to="/feedback/new" variant="primary" icon={<Icon name="plus" />}>
            Log feedback
          </ButtonLink>
        }
      />
      <div className="toolbar">
        <ChoiceGroup legend="Direction" hideLegend choices={DIRECTION_CHOICES} value={direction} onChange={setDirection} />
        <Toggle label="Show deleted" checked={filters.showDeleted} onChange={filters.setShowDeleted} />
      </div>
      <LogFilterPanel label="Filter feedback" filters={filters} ownActive={ownActive}>
        <Select
          label="Status"
          className="field--compact"
          value={status}
          onChange={(event) => setStatus(event.target.value as typeof status)}
          options={[{ value: 'all', label: 'Any status' }, ...FEEDBACK_STATUSES.map((value) => ({ value, label: FEEDBACK_STATUS_LABELS[value] }))]}
        />
        <Select
          label="Kind"
          className="field--compact"
          value={kind}
          onChange={(event) => setKind(event.target.value as typeof kind)}
          options={[{ value: 'all', label: 'Any kind' }, ...FEEDBACK_KINDS.map((value) => ({ value, label: FEEDBACK_KIND_LABELS[value] }))]}
        />
      </LogFilterPanel>
      {query.isPending ? (
        <Loading label="Loading feedback…" />
      ) : query.isError ? (
        <ErrorNotice error={query.error} onRetry={() => void query.refetch()} />
      ) : items.length === 0 ? (
        filtered ? (
          <EmptyState icon="feedback" title="No feedback matches" action={<Button onClick={filters.clearAll}>Clear filters</Button>}>
            <p>Nothing here fits every filter at once. Clear them to see all the feedback you have logged.</p>
          </EmptyState>
        ) : (
          <EmptyState
            icon="feedback"
            title="No feedback yet"
            action={
              <ButtonLink to="/feedback/new" variant="primary" icon={<Icon name="plus" />}>
                Log feedback
              </ButtonLink>
            }
          >
            <p>
              Log the critique a friend gave on a canvas, or the note your mentor left at 1:23 of a track — and the
              feedback you give others. Then follow each one from open to applied, discussed or declined.
            </p>
          </EmptyState>
        )
      ) : (
        <>
          <ul className="rows log-rows" aria-label="Feedback">
            {items.map((feedback) => (
              <FeedbackRow key={feedback.id} feedback={feedback} />
            ))}
          </ul>
          <LoadMore
            shown={items.length}
            total={total ?? items.length}
            noun={['entry', 'entries']}
            hasMore={query.hasNextPage}
            loading={query.isFetchingNextPage}
            onMore={() => void query.fetchNextPage()}
          />
        </>
      )}
    </>
  );
}

function FeedbackRow({ feedback }: { feedback: Feedback }) {
  return (
    <li className={`row log-row${feedback.deletedAt ? ' row--archived' : ''}`}>
      <DirectionMark direction={feedback.direction} />
      <div className="row__main">
        <Link className="row__title stretched-link" to={`/feedback/${feedback.id}`} title={oneLine(feedback.body, TOOLTIP_CHARS)}>
          {oneLine(feedback.body, 120)}
        </Link>
        <div className="row__meta">
          <span className="log-row__lead">
            {FEEDBACK_KIND_LABELS[feedback.kind]} {feedback.direction === 'received' ? 'from' : 'for'} {feedback.collaboratorName}
          </span>
          {feedback.projectTitle && (
            <>
              <span className="dot-sep" aria-hidden="true" />
              <span>
                {feedback.projectTitle}
                {feedback.piece ? ` · ${feedback.piece}` : ''}
              </span>
            </>
          )}
          {!feedback.projectTitle && feedback.piece && (
            <>
              <span className="dot-sep" aria-hidden="true" />
              <span>{feedback.piece}</span>
            </>
          )}
          {feedback.anchorLabel && (
            <span className={`anchor-tag${feedback.anchor.kind === 'time' ? ' anchor-tag--time' : ''}`}>{feedback.anchorLabel}</span>
          )}
        </div>
      </div>
      <div className="row__side">
        {feedback.deletedAt ? <Badge tone="red">Deleted</Badge> : <FeedbackStatusPill status={feedback.status} />}
        <span className="row__date">{formatDay(feedback.date)}</span>
      </div>
    </li>
  );
}
