/** The log's labels: feedback status and request outcome pills (shape + word, never colour alone), direction marks, benefit badges. */
import type { Benefit, Direction, Weight } from '../../../../shared/entities/exchange';
import { BENEFIT_LABELS, WEIGHT_LABELS } from '../../../../shared/entities/exchange';
import { FEEDBACK_STATUS_LABELS, type FeedbackStatus } from '../../../../shared/entities/feedback';
import { REQUEST_OUTCOME_LABELS, type RequestOutcome } from '../../../../shared/entities/request';
import type { Tone } from '../Badge';
import '../Badge.css';
import './LogPills.css';

export const FEEDBACK_STATUS_TONE: Record<FeedbackStatus, Tone> = {
  open: 'blue',
  applied: 'green',
  'partly-applied': 'amber',
  discussed: 'violet',
  declined: 'red',
};

export const REQUEST_OUTCOME_TONE: Record<RequestOutcome, Tone> = {
  pending: 'blue',
  met: 'green',
  'partly-met': 'amber',
  declined: 'red',
  ignored: 'neutral',
};

/** The dot's shape carries the state as well as its colour: open/pending hollow, done full, partly half, refused crossed. */
type Shape = 'hollow' | 'full' | 'half' | 'ring' | 'cross' | 'dashed';

const FEEDBACK_SHAPE: Record<FeedbackStatus, Shape> = {
  open: 'hollow',
  applied: 'full',
  'partly-applied': 'half',
  discussed: 'ring',
  declined: 'cross',
};

const REQUEST_SHAPE: Record<RequestOutcome, Shape> = {
  pending: 'hollow',
  met: 'full',
  'partly-met': 'half',
  declined: 'cross',
  ignored: 'dashed',
};

export function LogDot({ tone, shape }: { tone: Tone; shape: Shape }) {
  return <span className={`log-dot log-dot--${tone} log-dot--${shape}`} aria-hidden="true" />;
}

export function FeedbackStatusDot({ status }: { status: FeedbackStatus }) {
  return <LogDot tone={FEEDBACK_STATUS_TONE[status]} shape={FEEDBACK_SHAPE[status]} />;
}

export function RequestOutcomeDot({ outcome }: { outcome: RequestOutcome }) {
  return <LogDot tone={REQUEST_OUTCOME_TONE[outcome]} shape={REQUEST_SHAPE[outcome]} />;
}

export function FeedbackStatusPill({ status }: { status: FeedbackStatus }) {
  return (
    <span className={`badge badge--${FEEDBACK_STATUS_TONE[status]} status-pill`}>
      <FeedbackStatusDot status={status} />
      {FEEDBACK_STATUS_LABELS[status]}
    </span>
  );
}

export function RequestOutcomePill({ outcome }: { outcome: RequestOutcome }) {
  return (
    <span className={`badge badge--${REQUEST_OUTCOME_TONE[outcome]} status-pill`}>
      <RequestOutcomeDot outcome={outcome} />
      {REQUEST_OUTCOME_LABELS[outcome]}
    </span>
  );
}

/**
 * A round mark with an arrow: out of the circle for given, into it for received. Decorative;
 * the row says "given" or "received" in words as well.
 */
export function DirectionMark({ direction }: { direction: Direction | 'mutual' }) {
  const path =
    direction === 'given' ? 'M8 16 16 8M10 8h6v6' : direction === 'received' ? 'M16 8 8 16M14 16H8v-6' : 'M7 10h10l-3-3M17 14H7l3 3';
  return (
    <span className={`direction-mark direction-mark--${direction}`} aria-hidden="true">
      <svg width="14" height="14" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
        <path d={path} />
      </svg>
    </span>
  );
}

export const BENEFIT_TONE: Record<Benefit, Tone> = { knowledge: 'blue', perspective: 'violet', growth: 'green' };

export function BenefitBadge({ benefit }: { benefit: Benefit }) {
  return <span className={`badge badge--${BENEFIT_TONE[benefit]}`}>{BENEFIT_LABELS[benefit]}</span>;
}

/** Weight as filled pips and a word: "●●○ Medium". */
export function WeightPips({ weight }: { weight: Weight }) {
  return (
    <span className="weight-pips">
      <span className="weight-pips__dots" aria-hidden="true">
        {[1, 2, 3].map((pip) => (
          <span key={pip} className={pip <= weight ? 'is-on' : undefined} />
        ))}
      </span>
      {WEIGHT_LABELS[weight]}
    </span>
  );
}

/** "perspective, medium": what an entry counts as in the ledger, in the words the forms preview. */
export function countsAs(benefit: Benefit, weight: Weight): string {
  return `${BENEFIT_LABELS[benefit].toLowerCase()}, ${WEIGHT_LABELS[weight].toLowerCase()}`;
}
