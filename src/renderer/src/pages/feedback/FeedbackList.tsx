import {
  FEEDBACK_KINDS,
  FEEDBACK_KIND_LABELS,
  FEEDBACK_STATUSES,
  FEEDBACK_STATUS_LABELS,
  type Feedback,
} from '../../../../shared/entities/feedback';
import { entryHref } from '../../../../shared/kinds';
import { oneLine } from '../../../../shared/entities/timeline';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { DIRECTION_FILTER_CHOICES } from '../../components/log/DirectionToggle';
import { EnumFilterSelect } from '../../components/log/LogFilterPanel';
import { LogList, type LogListWords } from '../../components/log/LogList';
import { DirectionMark, FeedbackStatusPill } from '../../components/log/LogPills';
import { LogRow, MetaPart } from '../../components/log/LogRow';
import { ownFilters, useEnumFilter } from '../../components/log/useLogFilters';
import { TOOLTIP_CHARS } from '../../format';
import '../../components/surfaces/rows.css';
import './FeedbackList.css';

const WORDS: LogListWords = {
  intro: 'What you give and get, and what became of it.',
  counted: 'what you give and get, and what became of it',
  noun: ['entry', 'entries'],
  loading: 'Loading feedback…',
  filterLabel: 'Filter feedback',
  listLabel: 'Feedback',
  empty: {
    title: 'No feedback yet',
    text: 'Log the critique a friend gave on a canvas, or the note your mentor left at 1:23 of a track — and the feedback you give others. Then follow each one from open to applied, discussed or declined.',
  },
  noMatch: {
    title: 'No feedback matches',
    text: 'Nothing here fits every filter at once. Clear them to see all the feedback you have logged.',
  },
};

/** Every piece of feedback, newest first, filtered by direction, status, kind, person, project and dates (all kept in the address). */
export function FeedbackList() {
  const [direction, setDirection] = useEnumFilter('direction', ['given', 'received'] as const);
  const [status, setStatus] = useEnumFilter('status', FEEDBACK_STATUSES);
  const [kind, setKind] = useEnumFilter('kind', FEEDBACK_KINDS);
  return (
    <LogList
      kind="feedback"
      icon="feedback"
      words={WORDS}
      own={ownFilters({ direction, status, kind })}
      toolbar={<ChoiceGroup legend="Direction" hideLegend choices={DIRECTION_FILTER_CHOICES} value={direction} onChange={setDirection} />}
      row={(feedback) => <FeedbackRow key={feedback.id} feedback={feedback} />}
    >
      <EnumFilterSelect label="Status" anyLabel="Any status" options={FEEDBACK_STATUSES} labels={FEEDBACK_STATUS_LABELS} value={status} onChange={setStatus} />
      <EnumFilterSelect label="Kind" anyLabel="Any kind" options={FEEDBACK_KINDS} labels={FEEDBACK_KIND_LABELS} value={kind} onChange={setKind} />
    </LogList>
  );
}

function FeedbackRow({ feedback }: { feedback: Feedback }) {
  const where = [feedback.projectTitle, feedback.piece].filter(Boolean).join(' · ');
  return (
    <LogRow
      mark={<DirectionMark direction={feedback.direction} />}
      href={entryHref('feedback', feedback.id)}
      title={oneLine(feedback.body, 120)}
      tooltip={oneLine(feedback.body, TOOLTIP_CHARS)}
      side={<FeedbackStatusPill status={feedback.status} />}
      date={feedback.date}
    >
      <span className="log-row__lead">
        {FEEDBACK_KIND_LABELS[feedback.kind]} {feedback.direction === 'received' ? 'from' : 'for'} {feedback.collaboratorName}
      </span>
      {where && <MetaPart>{where}</MetaPart>}
      {feedback.anchorLabel && (
        <span className={`anchor-tag${feedback.anchor.kind === 'time' ? ' anchor-tag--time' : ''}`}>{feedback.anchorLabel}</span>
      )}
    </LogRow>
  );
}
