/**
 * The learner's path with a mentor: confidence to do it alone across lessons (1–5), practice done,
 * feedback applied, and the direction in words. Dependence is a stage; the direction is the point.
 */
import { Link } from 'react-router-dom';
import { lazy } from 'react';
import type { LearnerPath, LearnerPathState, TrendDirection } from '../../../../shared/entities/patterns';
import { formatDay, withLocalDays } from '../../format';
import { CHART_HEIGHT, ChartFrame } from './ChartFrame';
import { formatShare } from './patternWords';
import './figures.css';
import './LearnerPathView.css';

/** The drawing (recharts) comes with the first chart shown, not with the page. */
const ConfidenceLine = lazy(async () => ({ default: (await import('./ConfidenceLine')).ConfidenceLine }));

const STATE_WORDS: Record<LearnerPathState, string> = {
  'toward-standing-alone': 'Toward standing alone',
  'not-yet-standing-alone': 'Not yet standing alone',
  mixed: 'Mixed: one sign up, one not',
  'too-little-data': 'Too few lessons to say yet',
};

/** The standing-alone trend in words: the confidence slope's direction across rated lessons. */
export function standingAloneWords(trend: TrendDirection | null): string {
  switch (trend) {
    case 'rising':
      return 'Confidence to do it alone is rising across lessons';
    case 'falling':
      return 'Confidence to do it alone is falling across lessons';
    case 'steady':
      return 'Confidence to do it alone is holding steady';
    case null:
      return 'Too few rated lessons to see a direction';
  }
}

export function learnerPathSummary(path: LearnerPath, name: string): string {
  if (path.confidence.length === 0) return `No rated lessons with ${name} yet.`;
  const points = path.confidence.map((point) => `${formatDay(point.date)}: ${point.confidence}`).join('; ');
  return `Confidence to do it alone after each lesson with ${name}, on a scale of 1 to 5 — ${points}. ${standingAloneWords(path.standingAloneTrend)}.`;
}

export function LearnerPathView({ path, name }: { path: LearnerPath; name: string }) {
  return (
    <div className="learner-path">
      <div className="learner-path__state">
        <span className={`learner-path__badge learner-path__badge--${path.state}`}>{STATE_WORDS[path.state]}</span>
        <span className="learner-path__trend">{standingAloneWords(path.standingAloneTrend)}.</span>
      </div>
      <dl className="figures figures--three">
        <div>
          <dt>Lessons</dt>
          <dd>{path.lessons}</dd>
        </div>
        <div>
          <dt>Practice done</dt>
          <dd>
            {path.practiceDoneRate === null ? '—' : formatShare(path.practiceDoneRate)}
            <span className="figures__aside">
              {' '}
              {path.practiceTotal === 0 ? 'none set' : `${path.practiceDone} of ${path.practiceTotal}`}
            </span>
          </dd>
        </div>
        <div>
          <dt>Feedback applied</dt>
          <dd>
            {path.feedbackAppliedRate === null ? '—' : formatShare(path.feedbackAppliedRate)}
            <span className="figures__aside"> {resolvedWords(path)}</span>
          </dd>
        </div>
      </dl>
      {path.confidence.length > 0 && (
        <ChartFrame
          title="Confidence to do it alone, lesson by lesson"
          summary={learnerPathSummary(path, name)}
          table={<ConfidenceTable path={path} />}
          chartHeight={CHART_HEIGHT.confidence}
          chart={<ConfidenceLine path={path} />}
        />
      )}
      <p className="learner-path__sentence">{withLocalDays(path.sentence)}</p>
    </div>
  );
}

function resolvedWords(path: LearnerPath): string {
  const { applied, partlyApplied, declined, discussed } = path.feedback;
  const resolved = applied + partlyApplied + declined + discussed;
  return resolved === 0 ? 'none resolved' : `of ${resolved} resolved`;
}

function ConfidenceTable({ path }: { path: LearnerPath }) {
  return (
    <table className="data-table">
      <caption className="visually-hidden">Confidence to do it alone after each rated lesson</caption>
      <thead>
        <tr>
          <th scope="col">Lesson</th>
          <th scope="col">Date</th>
          <th scope="col">Confidence (1–5)</th>
        </tr>
      </thead>
      <tbody>
        {path.confidence.map((point, index) => (
          <tr key={point.lessonId}>
            <th scope="row">
              <Link className="link" to={`/lessons/${point.lessonId}`}>
                Lesson {index + 1}
              </Link>
            </th>
            <td>{formatDay(point.date)}</td>
            <td>{point.confidence}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
